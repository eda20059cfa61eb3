import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** `::ffff:127.0.0.1` → `127.0.0.1`; `[::1]` → `::1`; anything else unchanged. */
export function canonicalAddress(address: string): string {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  return mapped ? mapped[1]! : bare.toLowerCase();
}

/**
 * The proxies whose X-Forwarded-For entries are believed: addresses or CIDR ranges
 * (`10.0.0.0/8`, `fd00::/8`), IPv4-mapped IPv6 written either way.
 */
export class TrustedProxies {
  private readonly list = new BlockList();
  readonly size: number;

  constructor(entries: readonly string[]) {
    this.size = entries.length;
    for (const entry of entries) {
      const [address = '', bits] = entry.split('/');
      const canonical = canonicalAddress(address.trim());
      const family = isIP(canonical) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.list.addAddress(canonical, family);
      else this.list.addSubnet(canonical, Number(bits), family);
    }
  }

  has(address: string): boolean {
    const family = isIP(address);
    if (family === 0) return false;
    return this.list.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }
}

/**
 * The client's address. Without trusted proxies it is the socket's peer. When the peer is a
 * trusted proxy, X-Forwarded-For (every such header, in order) is read from the right: each
 * trusted proxy appended the address it saw, so the first address that is not a trusted proxy is
 * the client, and everything left of it is the client's own claim and ignored. An entry that is
 * not an address stops the walk at the proxy that vouched for it.
 */
export function clientAddressOf(request: IncomingMessage, trusted: TrustedProxies): string {
  let client = canonicalAddress(request.socket.remoteAddress ?? '');
  if (trusted.size === 0 || !trusted.has(client)) return client;
  const headers = request.headersDistinct['x-forwarded-for'] ?? [];
  const hops = headers.flatMap((header) => header.split(','));
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = canonicalAddress(hops[index]!.trim());
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!trusted.has(hop)) return client;
  }
  return client;
}
