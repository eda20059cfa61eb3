import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { GatewayConfig } from './config.ts';
import type { Principal } from './exchange.ts';

type MtlsConfig = NonNullable<GatewayConfig['auth']['mtls']>;

export type CertificateCheck =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'untrusted' | 'unmapped'; fingerprint: string }
  | { ok: false; reason: 'no_certificate' };

interface Entry {
  subjectCn?: string;
  san?: string;
  fingerprint?: string;
  principal: Principal;
}

/** Colon-free upper-case hex, the one form fingerprints are compared in. */
function normaliseFingerprint(value: string): string {
  return value.replaceAll(':', '').toUpperCase();
}

/** The SAN entries of Node's `subjectaltname` ("DNS:a, URI:spiffe://x, IP Address:10.0.0.1"). */
function subjectAltNames(value: string | undefined): Set<string> {
  if (!value) return new Set();
  return new Set(value.split(/,\s*/).map((name) => name.trim()));
}

/**
 * mTLS client authentication: a certificate the listener verified against server.tls.ca is mapped to
 * a principal by subject CN, a subject alternative name or its SHA-256 fingerprint (first matching
 * entry of auth.mtls.principals). The answer is kept per TLS socket, so keep-alive requests cost a
 * WeakMap lookup.
 */
export class ClientCertificates {
  readonly required: boolean;
  private readonly entries: Entry[];
  private readonly bySocket = new WeakMap<Socket, CertificateCheck>();

  constructor(config: MtlsConfig) {
    this.required = config.required;
    this.entries = config.principals.map((entry) => ({
      ...(entry.subjectCn !== undefined ? { subjectCn: entry.subjectCn } : {}),
      ...(entry.san !== undefined ? { san: entry.san } : {}),
      ...(entry.fingerprint256 !== undefined
        ? { fingerprint: normaliseFingerprint(entry.fingerprint256) }
        : {}),
      principal: { name: entry.principal, roles: Object.freeze([...entry.roles]), via: 'mtls' },
    }));
  }

  /** What the socket's client certificate says; `no_certificate` on plain HTTP or when none was sent. */
  check(socket: Socket): CertificateCheck {
    let result = this.bySocket.get(socket);
    if (result === undefined) {
      result = this.evaluate(socket as TLSSocket);
      this.bySocket.set(socket, result);
    }
    return result;
  }

  private evaluate(socket: TLSSocket): CertificateCheck {
    if (!socket.encrypted) return { ok: false, reason: 'no_certificate' };
    const certificate = socket.getPeerCertificate();
    if (!certificate?.raw) return { ok: false, reason: 'no_certificate' };
    const fingerprint = normaliseFingerprint(certificate.fingerprint256);
    if (!socket.authorized) return { ok: false, reason: 'untrusted', fingerprint };
    const commonName = certificate.subject?.CN;
    const names = subjectAltNames(certificate.subjectaltname);
    for (const entry of this.entries) {
      if (entry.subjectCn !== undefined && entry.subjectCn !== commonName) continue;
      if (entry.san !== undefined && !names.has(entry.san)) continue;
      if (entry.fingerprint !== undefined && entry.fingerprint !== fingerprint) continue;
      return {
        ok: true,
        principal: { ...entry.principal, credentialId: `sha256:${fingerprint.slice(0, 16)}` },
      };
    }
    return { ok: false, reason: 'unmapped', fingerprint };
  }
}
