import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { createSecureContext, type SecureContextOptions } from 'node:tls';
import type { ListenerTlsConfig } from '../config/schema.ts';
import { RampartError } from '../errors.ts';

/** What a TLS listener is built from: the PEM contents of its files, checked to form a usable context. */
export interface ListenerTlsOptions extends SecureContextOptions {
  /** Ask clients for a certificate (a `ca` is set). */
  requestCert: boolean;
  /** A client that has not finished its TLS handshake by then is cut off (Node's default is 120 s). */
  handshakeTimeout: number;
}

function readPem(path: string, field: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new RampartError('RAMPART_TLS_FILES_INVALID', `cannot read ${field} (${path})`, { cause: error });
  }
}

/**
 * Read a listener's certificate, key and (optional) client CA, and check that they make a secure
 * context (the key matches the certificate, every file is PEM), so a bad file is a coded error at
 * start or on reload rather than a listener that fails every handshake. `field` names the config
 * block in the error (e.g. "server.tls").
 */
export function readListenerTls(tls: ListenerTlsConfig, field: string): ListenerTlsOptions {
  const options: ListenerTlsOptions = {
    cert: readPem(tls.cert, `${field}.cert`),
    key: readPem(tls.key, `${field}.key`),
    requestCert: tls.ca !== undefined,
    handshakeTimeout: 10_000,
    minVersion: 'TLSv1.2',
  };
  if (tls.ca !== undefined) options.ca = readPem(tls.ca, `${field}.ca`);
  try {
    const { requestCert: _requestCert, handshakeTimeout: _handshakeTimeout, ...context } = options;
    createSecureContext(context);
  } catch (error) {
    throw new RampartError(
      'RAMPART_TLS_FILES_INVALID',
      `${field}: the certificate, key or CA is not usable (${(error as Error).message})`,
      { cause: error },
    );
  }
  return options;
}

/**
 * Swap the certificate of a listening HTTPS server: connections made from now on get the new one,
 * open ones keep theirs, and the listener never closes. Throws (and changes nothing) when the
 * files are not usable.
 */
export function reloadListenerTls(server: Server | HttpsServer, tls: ListenerTlsConfig, field: string): void {
  const options = readListenerTls(tls, field);
  if (!('setSecureContext' in server)) {
    throw new RampartError(
      'RAMPART_TLS_FILES_INVALID',
      `${field} was added after the listener started over plain HTTP: restart to serve TLS`,
    );
  }
  const { requestCert: _requestCert, handshakeTimeout: _handshakeTimeout, ...context } = options;
  server.setSecureContext(context);
}

/** The URL scheme a listener speaks. */
export function listenerScheme(server: Server | HttpsServer): 'http' | 'https' {
  return 'setSecureContext' in server ? 'https' : 'http';
}
