import { MappedTextBuilder, type MappedTextView } from './text-view.ts';

/**
 * Pig Latin: a word's leading consonants move to its end and "ay" follows ("prompt" → "omptpray");
 * a word that starts with a vowel gets "way" (or "ay", "yay", "hay"): "ignore" → "ignoreway". The
 * hyphenated form keeps the parts apart: "ompt-pray", "ore-ignay". Decoding is ambiguous (is "eviouspray"
 * "previous" or "spreviou"?), so the moved cluster must be a consonant cluster English words start
 * with, and the longest such cluster wins unless it leaves the word ending in a vowel other than
 * 'e' or 'y' (English words seldom do).
 */

const isAsciiLetter = (code: number) => code >= 0x61 && code <= 0x7a;
const isVowel = (code: number) =>
  code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75;
const hyphen = 0x2d;

/** Consonant clusters English words start with (single consonants are all allowed). */
const onsets = new Set(
  `bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr ps qu rh sc sh sk sl sm sn sp st sw th tr tw wh wr
  chr phr sch scr shr spl spr squ str thr`.split(/\s+/),
);

function isOnset(cluster: string): boolean {
  if (cluster.length === 1) return !isVowel(cluster.charCodeAt(0));
  return onsets.has(cluster);
}

/** The English word a Pig Latin word stands for, or undefined when it does not read as Pig Latin. */
export function decodePigLatinWord(word: string): string | undefined {
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const moved = word.slice(dash + 1, -2);
    if (!word.endsWith('ay') || moved.includes('-')) return undefined;
    const rest = word.slice(0, dash);
    const vowelForm = moved === '' || moved === 'w' || moved === 'y' || moved === 'h';
    // The hyphen marks where the moved letters were: no cluster needs guessing.
    return vowelForm && isVowel(rest.charCodeAt(0)) ? rest : moved + rest;
  }
  if (word.length < 4 || !word.endsWith('ay')) return undefined;
  const stem = word.slice(0, -2);
  if (stem.length >= 2 && stem.endsWith('w') && isVowel(stem.charCodeAt(0))) return stem.slice(0, -1);
  if (stem.endsWith('qu')) return `qu${stem.slice(0, -2)}`;
  let consonants = 0;
  while (consonants < stem.length && !isVowel(stem.charCodeAt(stem.length - 1 - consonants))) consonants++;
  if (consonants === 0) return stem;
  let fallback: string | undefined;
  for (let size = Math.min(3, consonants, stem.length - 1); size >= 1; size--) {
    const cluster = stem.slice(stem.length - size);
    const rest = stem.slice(0, stem.length - size);
    if (!isOnset(cluster) || !(isVowel(rest.charCodeAt(0)) || rest.startsWith('y'))) continue;
    const last = rest.charCodeAt(rest.length - 1);
    if (!isVowel(last) || last === 0x65) return cluster + rest;
    fallback ??= cluster + rest;
  }
  return fallback;
}

/** Calls `found(start, end)` for each word (ASCII letters with single inner hyphens) of a folded text. */
function eachWord(text: string, found: (start: number, end: number) => void): void {
  let index = 0;
  while (index < text.length) {
    if (!isAsciiLetter(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (
      index < text.length &&
      (isAsciiLetter(text.charCodeAt(index)) ||
        (text.charCodeAt(index) === hyphen && isAsciiLetter(text.charCodeAt(index + 1))))
    )
      index++;
    found(start, index);
  }
}

/** Whether a word of text[start, end) ends in "ay" and is long enough to be Pig Latin. */
const endsInAy = (text: string, start: number, end: number) =>
  end - start >= 4 && text.charCodeAt(end - 1) === 0x79 && text.charCodeAt(end - 2) === 0x61;

/**
 * The prefilter: three words ending in "ay" among four neighbouring words. A count of "ay" at word
 * ends comes first, so most texts are decided by one indexOf loop.
 */
export function hasPigLatin(folded: string): boolean {
  let endings = 0;
  for (let at = folded.indexOf('ay'); at >= 0 && endings < 3; at = folded.indexOf('ay', at + 2))
    if (!isAsciiLetter(folded.charCodeAt(at + 2))) endings++;
  if (endings < 3) return false;
  const recent = [-10, -10, -10];
  let words = 0;
  let found = false;
  eachWord(folded, (start, end) => {
    if (endsInAy(folded, start, end)) {
      recent.shift();
      recent.push(words);
      if (recent[2]! - recent[0]! <= 3) found = true;
    }
    words++;
  });
  return found;
}

/** The folded view with each Pig Latin word decoded; a decoded word maps to the whole encoded word. */
export function pigLatinView(folded: MappedTextView, originalLength: number): MappedTextView {
  const { text, starts, ends } = folded;
  const builder = new MappedTextBuilder(text.length + 16);
  let copied = 0;
  eachWord(text, (start, end) => {
    const decoded = endsInAy(text, start, end) ? decodePigLatinWord(text.slice(start, end)) : undefined;
    if (decoded === undefined) return;
    for (; copied < start; copied++) builder.push(text.charCodeAt(copied), starts[copied]!, ends[copied]!);
    for (let index = 0; index < decoded.length; index++)
      builder.push(decoded.charCodeAt(index), starts[start]!, ends[end - 1]!);
    copied = end;
  });
  for (; copied < text.length; copied++)
    builder.push(text.charCodeAt(copied), starts[copied]!, ends[copied]!);
  return builder.toView(originalLength, 'pig-latin');
}
