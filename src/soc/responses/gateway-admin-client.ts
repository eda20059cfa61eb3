import { RampartError } from '../../core/index.ts';

export interface GatewayAdminOptions {
  /** Base URL of the gateway's admin API, e.g. http://127.0.0.1:8081 */
  baseUrl: string;
  /** Admin bearer token. Never logged or echoed in errors. */
  token: string;
  /** Per-request timeout in milliseconds (default 5000). */
  timeoutMs?: number;
}

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

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(this.baseUrl + path, {
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
