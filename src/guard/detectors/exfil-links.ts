import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';

// Markdown image/link: ![alt](url) or [text](url); HTML <img src="url">; reference-style [id]: url.
// Bounded, delimiter-terminated runs only: linear time.
const markdownLink =
  /(!?)\[[^\]\n]{0,1000}\]\(\s{0,8}<?([a-zA-Z][a-zA-Z0-9+.-]{0,20}:\/\/[^\s)>]{1,4096}|\/\/[^\s)>]{1,4096})>?(?:\s{1,8}["'][^"'\n]{0,500}["'])?\s{0,8}\)/g;
const htmlImage = /<img\b[^>]{0,2000}?\bsrc\s{0,4}=\s{0,4}["']?([^"'\s>]{1,4096})/gi;
const referenceLink =
  /^\s{0,3}\[[^\]\n]{1,200}\]:\s{0,8}<?([a-zA-Z][a-zA-Z0-9+.-]{0,20}:\/\/[^\s>]{1,4096})/gm;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** True when `host` is an allowed host or a subdomain of one. */
export function hostAllowed(host: string, allowedHosts: readonly string[]): boolean {
  for (const allowed of allowedHosts) {
    const entry = allowed.toLowerCase();
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

/**
 * Markdown images (fetched automatically by the client: a known exfiltration channel) and, when an
 * allowlist is configured, links pointing to hosts outside the allowlist.
 */
export function createExfilLinksDetector(options: { allowedHosts?: readonly string[] } = {}): Detector {
  const configured = options.allowedHosts ?? [];
  return {
    id: 'exfil-links',
    cost: 2,
    contextual: true,
    detect({ original, context }: DetectorInput): Detection[] {
      if (!original.includes('](') && !/<img/i.test(original) && !original.includes(']:')) return [];
      const allowed = [...configured, ...(context.allowedHosts ?? [])];
      const detections: Detection[] = [];
      const check = (image: boolean, url: string, start: number, end: number) => {
        const host = hostOf(url);
        if (host !== undefined && hostAllowed(host, allowed)) return;
        if (!image && allowed.length === 0) return;
        const carriesData = /[?#&=]/.test(url) || url.length > 120;
        detections.push({
          ruleId: image ? 'exfil-links.image' : 'exfil-links.link',
          kind: image ? 'IMAGE_REMOVED' : 'LINK_REMOVED',
          span: { start, end },
          score: image ? (carriesData ? 1 : 0.8) : carriesData ? 0.7 : 0.5,
          message: `${image ? 'image' : 'link'} to a host outside the allowlist${carriesData ? ' carrying data in its URL' : ''}`,
          data: { host: host ?? 'unparseable' },
        });
      };
      for (const match of original.matchAll(markdownLink))
        check(match[1] === '!', match[2]!, match.index, match.index + match[0].length);
      for (const match of original.matchAll(htmlImage))
        check(true, match[1]!, match.index, match.index + match[0].length);
      for (const match of original.matchAll(referenceLink))
        check(false, match[1]!, match.index, match.index + match[0].length);
      return detections;
    },
  };
}
