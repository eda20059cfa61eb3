/**
 * Every exported record is one line: a SIEM splits its input on line breaks, so a field value that
 * carries one (an attacker-chosen principal, model or attribute) would forge a second record.
 * These helpers keep control characters and Unicode line separators out of exported text.
 */

/** C0 controls, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators. */
export const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Controls JSON.stringify leaves raw: DEL, C1 and the Unicode separators (it already escapes C0). */
const jsonRawControls = /[\u007f-\u009f\u2028\u2029]/g;

/** `\uXXXX` for one UTF-16 code unit. */
export function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON on one line: JSON.stringify plus `\uXXXX` for the controls it leaves raw (same value when parsed). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(jsonRawControls, unicodeEscape);
}

/** A time as RFC 3339 UTC with a four-digit year, or undefined when the text is not such a time. */
export function isoTime(value: string): string | undefined {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const iso = new Date(time).toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined;
}
