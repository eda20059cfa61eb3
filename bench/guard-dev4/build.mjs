// Builds bench/guard-dev4/dev4.jsonl (rampart-dev4) from negatives.mjs and attacks.mjs:
// deterministic, plain node. `node bench/guard-dev4/build.mjs` prints the counts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as attacks from './attacks.mjs';
import * as negatives from './negatives.mjs';

const source = 'rampart-dev4';
const records = [];
const add = (text, label, style, lang) => records.push({ text, label, style, lang, source });

const benign = [
  ['security-education', negatives.securityEducation],
  ['own-instruction-revision', negatives.ownInstructionRevision],
  ['reader-instructions', negatives.readerInstructions],
  ['translation-request', negatives.translationRequests],
  ['code-with-prompts', negatives.codeWithPrompts],
  ['fiction', negatives.fiction],
  ['reported-speech', negatives.reportedSpeech],
];
for (const [style, entries] of benign) for (const [lang, text] of entries) add(text, 'benign', style, lang);
for (const [lang, label, text] of attacks.vetoEvasion) add(text, label, 'veto-evasion', lang);

const seen = new Set();
for (const record of records) {
  if (seen.has(record.text)) throw new Error(`duplicate text: ${record.text.slice(0, 60)}`);
  seen.add(record.text);
}
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'dev4.jsonl'), `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);

const count = (key) => {
  const counts = new Map();
  for (const record of records) counts.set(record[key], (counts.get(record[key]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
};
console.log(`records: ${records.length}`);
for (const [label, n] of count('label')) console.log(`  ${label.padEnd(28)} ${n}`);
console.log('styles');
for (const [style, n] of count('style')) console.log(`  ${style.padEnd(28)} ${n}`);
console.log(`languages: ${count('lang').length}`);
