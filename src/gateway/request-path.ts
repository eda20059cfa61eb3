/** Percent-encoded slash, backslash, dot or NUL: refused rather than decoded into path syntax. */
const encodedSyntax = /%(?:2f|5c|2e|00)/i;
/** What a path segment may hold once decoded: RFC 3986 unreserved characters plus `:@,;=+`. */
const segmentCharacters = /^[A-Za-z0-9._~:@,;=+-]+$/;

/**
 * The path routes are matched on, and the one forwarded: percent-decoded once, `//` collapsed,
 * `.` segments dropped, the trailing slash dropped. Returns undefined for a path that cannot be
 * matched safely: an encoded `/`, `\`, `.` or NUL, a backslash, a second layer of encoding,
 * characters outside a segment's plain set, or any `..` segment.
 */
export function normaliseRequestPath(rawPath: string): string | undefined {
  if (rawPath.includes('\\') || encodedSyntax.test(rawPath)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    // No client needs `..`; resolving it would let a path leave the route it was sent to.
    if (segment === '..') return undefined;
    if (!segmentCharacters.test(segment)) return undefined;
    segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

/**
 * Sub-path patterns of a predict route (`/models/*\/infer`): `*` stands for exactly one segment.
 * Compiled once; an empty list allows no sub-path at all.
 */
export function subPathMatcher(patterns: readonly string[]): (subPath: string) => boolean {
  const compiled = patterns.map((pattern) =>
    pattern
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => (segment === '*' ? undefined : segment)),
  );
  return (subPath) => {
    const segments = subPath.split('/').filter((segment) => segment !== '');
    return compiled.some(
      (pattern) =>
        pattern.length === segments.length &&
        pattern.every((segment, index) => segment === undefined || segment === segments[index]),
    );
  };
}
