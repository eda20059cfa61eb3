// Builds bench/guard-dev2/dev2.jsonl (rampart-dev2) from attacks.mjs and negatives.mjs:
// deterministic, plain node. `node bench/guard-dev2/build.mjs` prints the counts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as attacks from './attacks.mjs';
import * as negatives from './negatives.mjs';

const source = 'rampart-dev2';
const records = [];
const add = (text, label, style, lang = 'en') => records.push({ text, label, style, lang, source });

for (const text of attacks.documentEmbedded) add(text, 'injection', 'document-embedded');
for (const text of attacks.toolOutputEmbedded) add(text, 'injection', 'tool-output-embedded');
for (const text of attacks.exfiltrationLink) add(text, 'injection', 'exfiltration-link');

// Spaced letters: one separator per sentence, cycling, and one frame per sentence, cycling.
const separators = [' ', '.', '-', ' . ', '_', ' '];
for (const [index, sentence] of attacks.spacedLetterSentences.entries()) {
  const separator = separators[index % separators.length];
  const obfuscated = sentence
    .split(' ')
    .map((word) => [...word].join(separator))
    .join(separator === ' ' ? '   ' : ' ');
  const frame = attacks.spacedLetterFrames[index % attacks.spacedLetterFrames.length];
  add(frame(obfuscated), 'injection', 'spaced-letters');
}

// Many-shot: each item takes 6 to 11 fake compliant turns, its own format and final request.
const pairs = attacks.manyShotPairs;
for (let item = 0; item < 12; item++) {
  const format = attacks.manyShotFormats[item % attacks.manyShotFormats.length];
  const count = 6 + (item % 6);
  const lines = [];
  for (let turn = 0; turn < count; turn++) {
    const [question, answer] = pairs[(item * 5 + turn * 3) % pairs.length];
    lines.push(`${format.user}${question}`, `${format.assistant}${answer}`);
  }
  const request = attacks.manyShotFinalRequests[item % attacks.manyShotFinalRequests.length];
  lines.push(`${format.user}${request}`);
  if (item % 3 === 2) lines.push(format.assistant.trimEnd());
  add(lines.join('\n'), 'jailbreak', 'many-shot');
}

for (const text of attacks.refusalSuppression) add(text, 'jailbreak', 'refusal-suppression');
for (const text of attacks.payloadSplit) add(text, 'injection', 'payload-split');
for (const text of attacks.codeSmuggling) add(text, 'injection', 'code-smuggling');
for (const text of attacks.jsonSmuggling) add(text, 'injection', 'json-smuggling');
for (const text of attacks.markdownSmuggling) add(text, 'injection', 'markdown-smuggling');
for (const text of attacks.promptLeaking) add(text, 'injection', 'prompt-leaking');
for (const text of attacks.taskAbandon) add(text, 'injection', 'task-abandon');
for (const text of attacks.fakeAuthority) add(text, 'injection', 'fake-authority');
for (const text of attacks.directOverride) add(text, 'injection', 'direct-override');
for (const text of attacks.rolePlayPersona) add(text, 'jailbreak', 'role-play-persona');
for (const [lang, label, text] of attacks.multilingual)
  add(text, label, label === 'jailbreak' ? 'multilingual-jailbreak' : 'multilingual-injection', lang);

const benign = [
  ['security-education', negatives.securityEducation],
  ['prompt-engineering-help', negatives.promptEngineeringHelp],
  ['benign-roleplay', negatives.benignRoleplay],
  ['documents-mentioning-ignore', negatives.documentsMentioningIgnore],
  ['customer-support', negatives.customerSupport],
  ['code-review', negatives.codeReview],
  ['benign-tool-output', negatives.benignToolOutput],
  ['benign-dialogue', negatives.benignDialogue],
  ['benign-spelling', negatives.benignSpelling],
  ['benign-links', negatives.benignLinks],
  ['benign-authority-news', negatives.benignAuthorityNews],
  ['benign-instructions', negatives.benignInstructions],
];
for (const [style, texts] of benign) for (const text of texts) add(text, 'benign', style);
for (const [lang, text] of negatives.multilingualBenign) add(text, 'benign', 'multilingual-benign', lang);

const seen = new Set();
for (const record of records) {
  if (seen.has(record.text)) throw new Error(`duplicate text: ${record.text.slice(0, 60)}`);
  seen.add(record.text);
}
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'dev2.jsonl'), `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);

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
