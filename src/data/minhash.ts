/**
 * MinHash signatures and LSH banding for near-duplicate text. Shingles are word 3-grams (the whole
 * text when it is shorter); `bands × rows` hash functions, derived from one 32-bit FNV-1a hash per
 * shingle with per-function xor-multiply mixing.
 */
export interface MinHashOptions {
  bands?: number;
  rowsPerBand?: number;
  shingleSize?: number;
}

export function shingles(text: string, size = 3): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length <= size) return words.length > 0 ? [words.join(' ')] : [];
  const out = new Set<string>();
  for (let index = 0; index + size <= words.length; index++)
    out.add(words.slice(index, index + size).join(' '));
  return [...out];
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number, seed: number): number {
  let x = (value ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export function minHashSignature(text: string, functions: number, shingleSize = 3): Uint32Array {
  const signature = new Uint32Array(functions).fill(0xffffffff);
  for (const shingle of shingles(text, shingleSize)) {
    const base = fnv1a(shingle);
    for (let f = 0; f < functions; f++) {
      const value = mix(base, Math.imul(f + 1, 0x9e3779b1));
      if (value < signature[f]!) signature[f] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function estimatedJaccard(left: Uint32Array, right: Uint32Array): number {
  let same = 0;
  for (let index = 0; index < left.length; index++) if (left[index] === right[index]) same++;
  return left.length > 0 ? same / left.length : 0;
}

/**
 * Pairs of texts whose estimated Jaccard similarity is at least `threshold`. LSH banding proposes
 * candidates (pairs that agree on a whole band), signatures confirm them.
 */
export function nearDuplicatePairs(
  texts: readonly string[],
  threshold: number,
  options: MinHashOptions = {},
): Array<{ left: number; right: number; similarity: number }> {
  const bands = options.bands ?? 16;
  const rowsPerBand = options.rowsPerBand ?? 4;
  const functions = bands * rowsPerBand;
  const signatures = texts.map((text) => minHashSignature(text, functions, options.shingleSize ?? 3));
  const empty = texts.map((text) => shingles(text, options.shingleSize ?? 3).length === 0);
  const seen = new Set<string>();
  const pairs: Array<{ left: number; right: number; similarity: number }> = [];
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      if (empty[index]) return;
      const key = Array.from(signature.subarray(band * rowsPerBand, (band + 1) * rowsPerBand)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > 500) continue;
      for (let a = 0; a < bucket.length; a++) {
        for (let b = a + 1; b < bucket.length; b++) {
          const key = `${bucket[a]}:${bucket[b]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const similarity = estimatedJaccard(signatures[bucket[a]!]!, signatures[bucket[b]!]!);
          if (similarity >= threshold) pairs.push({ left: bucket[a]!, right: bucket[b]!, similarity });
        }
      }
    }
  }
  return pairs.sort((x, y) => x.left - y.left || x.right - y.right);
}
