// Builds bench/guard-dev3/dev3.jsonl (rampart-dev3) from attacks.mjs and negatives.mjs:
// deterministic, plain node. `node bench/guard-dev3/build.mjs` prints the counts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as attacks from './attacks.mjs';
import * as negatives from './negatives.mjs';

const source = 'rampart-dev3';
const records = [];
const add = (text, label, style, lang = 'en') => records.push({ text, label, style, lang, source });

for (const text of attacks.taskAbandon) add(text, 'injection', 'task-abandon');
for (const text of attacks.politeOverride) add(text, 'injection', 'polite-override');
for (const text of attacks.virtualization) add(text, 'jailbreak', 'virtualization');
for (const text of attacks.payloadSplit) add(text, 'injection', 'payload-split');
for (const text of attacks.documentEmbedded) add(text, 'injection', 'document-embedded');

// Leetspeak: each sentence gets one of four substitution maps (cycling) and one frame (cycling);
// the maps replace some letters only, as people write it.
const leetMaps = [
  { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' },
  { a: '@', e: '3', o: '0', s: '$' },
  { e: '3', i: '!', o: '0', l: '1', t: '+' },
  { a: '4', e: '€', s: 'z', g: '9', o: '()' },
];
const leetFrames = [
  (text) => text,
  (text) => `${text}!!!`,
  (text) => `quick one: ${text}`,
  (text) => `${text[0].toUpperCase()}${text.slice(1)}.`,
  (text) => `hey, ${text} thx`,
];
for (const [index, sentence] of attacks.leetSentences.entries()) {
  const map = leetMaps[index % leetMaps.length];
  const leet = [...sentence].map((char) => map[char] ?? char).join('');
  add(leetFrames[index % leetFrames.length](leet), 'injection', 'leetspeak');
}
for (const [lang, label, text] of attacks.multilingual)
  add(text, label, label === 'jailbreak' ? 'multilingual-jailbreak' : 'multilingual-injection', lang);

const benign = [
  ['own-request-revision', negatives.ownRequestRevisions],
  ['benign-owner-authorisation', negatives.benignOwnerAuthorisation],
  ['benign-simulation', negatives.benignSimulation],
  ['benign-leetspeak', negatives.benignLeetspeak],
  ['benign-split-variables', negatives.benignSplitVariables],
  ['documents-with-reader-notes', negatives.documentsWithReaderNotes],
  ['polite-requests', negatives.politeRequests],
  ['security-discussion', negatives.securityDiscussion],
  ['benign-rule-changes', negatives.benignRuleChanges],
  ['benign-ai-addressed', negatives.benignAiAddressed],
];
for (const [style, texts] of benign) for (const text of texts) add(text, 'benign', style);
for (const [lang, text] of negatives.multilingualBenign) add(text, 'benign', 'multilingual-benign', lang);

const seen = new Set();
for (const record of records) {
  if (seen.has(record.text)) throw new Error(`duplicate text: ${record.text.slice(0, 60)}`);
  seen.add(record.text);
}
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'dev3.jsonl'), `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);

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
