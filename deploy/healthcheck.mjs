// Container health check: GET RAMPART_HEALTH_URL (default: the gateway admin API's /healthz on loopback)
// and exit 0 on a 2xx answer, 1 otherwise. Under TLS the listener's certificate names the service, not
// 127.0.0.1, so only this loopback liveness probe skips certificate verification.
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';

const url = new URL(process.env.RAMPART_HEALTH_URL ?? 'http://127.0.0.1:8081/healthz');
const get = url.protocol === 'https:' ? httpsGet : httpGet;
const request = get(url, { timeout: 2000, rejectUnauthorized: false }, (response) => {
  response.resume();
  process.exit(response.statusCode >= 200 && response.statusCode < 300 ? 0 : 1);
});
request.on('timeout', () => request.destroy(new Error('timeout')));
request.on('error', () => process.exit(1));
