/** Kinds of characters that render as nothing (or reorder text) and so can hide a payload. */
export type InvisibleKind = 'zero-width' | 'bidi' | 'tag' | 'variation-selector' | 'control';

/** Classifies one code point; undefined for visible characters and ordinary whitespace. */
export function invisibleKind(codePoint: number): InvisibleKind | undefined {
  if (codePoint < 0x20) {
    return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d ? undefined : 'control';
  }
  if (codePoint < 0x7f) return undefined;
  if (codePoint <= 0x9f) return 'control';
  if (codePoint === 0x00ad || codePoint === 0x034f || codePoint === 0x180e) return 'zero-width';
  if (codePoint >= 0x200b && codePoint <= 0x200d) return 'zero-width';
  if (codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c) return 'bidi';
  if (codePoint >= 0x202a && codePoint <= 0x202e) return 'bidi';
  if (codePoint >= 0x2060 && codePoint <= 0x2064) return 'zero-width';
  if (codePoint >= 0x2066 && codePoint <= 0x2069) return 'bidi';
  if (codePoint === 0xfeff) return 'zero-width';
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return 'variation-selector';
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return 'tag';
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return 'variation-selector';
  return undefined;
}
