import { request } from 'undici';
import { answerLabels, answerValues, RampartError, safeJsonParse } from '../core/index.ts';
import type { PredictRows } from './explain.ts';

export interface PredictEndpoint {
  /** The predict URL (a gateway predict route, or the model server itself). */
  url: string;
  /** Sent as `Authorization: Bearer`. */
  apiKey?: string;
  features: readonly string[];
  /** `v2`: KServe v2 `inputs` (one FP32 tensor of rows); `v1`: `instances` as objects (mixed types). */
  protocol?: 'v1' | 'v2';
  /** `classification` (default): one class a row; `regression`: one number a row. */
  task?: 'classification' | 'regression';
  timeoutMs?: number;
}

/**
 * A PredictRows over HTTP: rows sent in the endpoint's protocol, the classes (or, for a regressor, the
 * numbers) read from its answer.
 */
export function predictOverHttp(endpoint: PredictEndpoint): PredictRows {
  const protocol = endpoint.protocol ?? 'v2';
  return async (rows) => {
    const body =
      protocol === 'v2'
        ? {
            inputs: [
              { name: 'input', shape: [rows.length, endpoint.features.length], datatype: 'FP32', data: rows },
            ],
          }
        : {
            instances: rows.map((row) =>
              Object.fromEntries(endpoint.features.map((feature, index) => [feature, row[index]])),
            ),
          };
    let status: number;
    let text: string;
    try {
      const response = await request(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        headersTimeout: endpoint.timeoutMs ?? 30_000,
        bodyTimeout: endpoint.timeoutMs ?? 30_000,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      throw new RampartError('RAMPART_UPSTREAM_FAILED', `could not reach ${endpoint.url}`, { cause: error });
    }
    let json: unknown;
    try {
      json = safeJsonParse(text, { maxDepth: 32 });
    } catch {
      json = undefined;
    }
    const regression = endpoint.task === 'regression';
    const labels = status < 300 ? (regression ? answerValues(json) : answerLabels(json)) : undefined;
    if (!labels) {
      const code = (json as { error?: { code?: unknown } } | undefined)?.error?.code;
      throw new RampartError(
        'RAMPART_UPSTREAM_FAILED',
        `${endpoint.url} answered ${status}${typeof code === 'string' ? ` ${code}` : ''} without readable ${regression ? 'numeric predictions (one number a row)' : 'predictions'}`,
      );
    }
    return labels;
  };
}
