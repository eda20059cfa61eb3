import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** The token of an `Authorization: Bearer <token>` header, or undefined for any other header. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice(7).trim();
}

/**
 * A check of a presented token against `tokens` that takes the same time whichever token (if
 * any) matches and however long the presented one is: digests are compared, every one of them.
 */
export function tokenMatcher(tokens: readonly string[]): (given: string | undefined) => boolean {
  const expected = tokens.map(digest);
  return (given) => {
    if (given === undefined) return false;
    const presented = digest(given);
    return expected.reduce((found, candidate) => timingSafeEqual(presented, candidate) || found, false);
  };
}
