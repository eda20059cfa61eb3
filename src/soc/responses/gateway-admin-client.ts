import type { Agent } from 'undici';
import { importOptional, RampartError } from '../../core/index.ts';

export interface GatewayAdminOptions {
  /** Base URL of the gateway's admin API, e.g. http://127.0.0.1:8081 */
  baseUrl: string;
  /** Admin bearer token. Never logged or echoed in errors. */
  token: string;
  /** Per-request timeout in milliseconds (default 5000). */
  timeoutMs?: number;
  /**
   * An admin API on HTTPS with a private CA (`ca`), or one that wants a client certificate
   * (`cert` and `key`, for admin.tls.ca): PEM contents.
   */
  tls?: { ca?: string; cert?: string; key?: string };
}

type FetchLike = (
  url: string,
  init: Omit<RequestInit, 'dispatcher'> & { dispatcher?: Agent },
) => Promise<Response>;

export interface GatewayGrant {
  id: string;
  expiresAt?: string;
}

/**
 * Client for the gateway admin API that automated responses act through. The SOC never
 * touches the gateway's state directly: revocations, blocks and limit overrides are the
 * gateway's, the SOC only asks for them.
 */
export class GatewayAdminClient {
  private readonly baseUrl: string;
  /** undici's fetch and an agent with the TLS settings, made on first use when `tls` is set. */
  private client: Promise<{ fetch: FetchLike; dispatcher?: Agent }> | undefined;
  constructor(private readonly options: GatewayAdminOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async revokeKey(keyIdOrPrefix: string): Promise<{ id: string; revokedAt?: string }> {
    return (await this.call('POST', `/admin/keys/${encodeURIComponent(keyIdOrPrefix)}/revoke`)) as {
      id: string;
      revokedAt?: string;
    };
  }

  async block(
    type: 'principal' | 'ip',
    value: string,
    ttlSeconds: number,
    reason: string,
    scope: 'all' | 'unauthenticated' = 'all',
  ): Promise<GatewayGrant> {
    return this.grant(await this.call('POST', '/admin/blocks', { type, value, scope, ttlSeconds, reason }));
  }

  async unblock(id: string): Promise<void> {
    await this.call('DELETE', `/admin/blocks/${encodeURIComponent(id)}`);
  }

  async overrideLimit(
    principal: string,
    requestsPerMinute: number,
    ttlSeconds: number,
    reason: string,
  ): Promise<GatewayGrant> {
    return this.grant(
      await this.call('POST', '/admin/limits/overrides', {
        principal,
        requestsPerMinute,
        ttlSeconds,
        reason,
      }),
    );
  }

  /** Harden a principal's answers (the route's `output.degraded` settings) for a while. */
  async degrade(principal: string, ttlSeconds: number, reason: string): Promise<GatewayGrant> {
    return this.grant(await this.call('POST', '/admin/degrades', { principal, ttlSeconds, reason }));
  }

  async removeDegrade(id: string): Promise<void> {
    await this.call('DELETE', `/admin/degrades/${encodeURIComponent(id)}`);
  }

  async removeLimitOverride(id: string): Promise<void> {
    await this.call('DELETE', `/admin/limits/overrides/${encodeURIComponent(id)}`);
  }

  /** Keys as the gateway lists them (never secrets). */
  async listKeys(): Promise<unknown[]> {
    return listOf(await this.call('GET', '/admin/keys'), 'keys');
  }

  async listBlocks(): Promise<unknown[]> {
    return listOf(await this.call('GET', '/admin/blocks'), 'blocks');
  }

  async listLimitOverrides(): Promise<unknown[]> {
    return listOf(await this.call('GET', '/admin/limits/overrides'), 'overrides');
  }

  private grant(body: unknown): GatewayGrant {
    const record = body as { id?: unknown; expiresAt?: unknown } | undefined;
    if (typeof record?.id !== 'string') {
      throw new RampartError('RAMPART_SOC_RESPONSE_FAILED', 'the gateway admin API answered without an id');
    }
    return typeof record.expiresAt === 'string'
      ? { id: record.id, expiresAt: record.expiresAt }
      : { id: record.id };
  }

  private transport(): Promise<{ fetch: FetchLike; dispatcher?: Agent }> {
    const tls = this.options.tls;
    if (!tls) return Promise.resolve({ fetch: globalThis.fetch as FetchLike });
    this.client ??= importOptional('undici', () => import('undici')).then((undici) => ({
      fetch: undici.fetch as unknown as FetchLike,
      dispatcher: new undici.Agent({
        connect: {
          ...(tls.ca ? { ca: tls.ca } : {}),
          ...(tls.cert ? { cert: tls.cert } : {}),
          ...(tls.key ? { key: tls.key } : {}),
        },
      }),
    }));
    return this.client;
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      const transport = await this.transport();
      response = await transport.fetch(this.baseUrl + path, {
        ...(transport.dispatcher ? { dispatcher: transport.dispatcher } : {}),
        method,
        headers: {
          authorization: `Bearer ${this.options.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
    } catch (error) {
      throw new RampartError(
        'RAMPART_SOC_RESPONSE_FAILED',
        `gateway admin API unreachable (${method} ${path})`,
        {
          cause: error,
        },
      );
    }
    const text = await response.text();
    if (!response.ok) {
      let code = '';
      try {
        const parsed = JSON.parse(text) as { error?: { code?: string } };
        if (typeof parsed.error?.code === 'string') code = ` ${parsed.error.code}`;
      } catch {
        // not JSON: report the status only
      }
      throw new RampartError(
        'RAMPART_SOC_RESPONSE_FAILED',
        `gateway admin API refused ${method} ${path}: HTTP ${response.status}${code}`,
      );
    }
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new RampartError(
        'RAMPART_SOC_RESPONSE_FAILED',
        `gateway admin API sent invalid JSON for ${method} ${path}`,
        {
          cause: error,
        },
      );
    }
  }
}

function listOf(body: unknown, field: string): unknown[] {
  const list = (body as Record<string, unknown> | undefined)?.[field];
  return Array.isArray(list) ? list : [];
}
