import {
  createRemoteJWKSet,
  importSPKI,
  type JWSHeaderParameters,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import type { GatewayConfig } from './config.ts';
import type { Principal } from './exchange.ts';

type JwtConfig = NonNullable<GatewayConfig['auth']['jwt']>;

export type JwtCheck = { ok: true; principal: Principal } | { ok: false; reason: string };

/** Verifies bearer JWTs (jose): signature from JWKS or static keys, issuer, audience, expiry. */
export class JwtVerifier {
  private readonly keys: Promise<JWTVerifyGetKey>;

  constructor(private readonly config: JwtConfig) {
    this.keys = config.jwksUrl
      ? Promise.resolve(
          createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 }),
        )
      : Promise.all(
          (config.publicKeys ?? []).map(async (key) => ({
            key: await importSPKI(key.pem, key.alg),
            alg: key.alg,
            kid: key.kid,
          })),
        ).then((keys) => async (header: JWSHeaderParameters) => {
          const found = keys.find(
            (key) =>
              key.alg === header.alg &&
              (header.kid === undefined || key.kid === undefined || key.kid === header.kid),
          );
          if (!found) throw new Error('no matching key');
          return found.key;
        });
  }

  async verify(token: string): Promise<JwtCheck> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockToleranceSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      return { ok: false, reason: (error as { code?: string }).code ?? 'ERR_JWT_INVALID' };
    }
    const name = payload[this.config.principalClaim];
    if (typeof name !== 'string' || name.length === 0) return { ok: false, reason: 'ERR_JWT_NO_PRINCIPAL' };
    const rawRoles = payload[this.config.rolesClaim];
    const roles = Array.isArray(rawRoles)
      ? rawRoles.filter((role): role is string => typeof role === 'string')
      : typeof rawRoles === 'string'
        ? rawRoles.split(' ').filter(Boolean)
        : [];
    return {
      ok: true,
      principal: { name, roles, via: 'jwt', ...(payload.jti ? { credentialId: payload.jti } : {}) },
    };
  }
}
