// Concatenates the themed files of the independent guard set into independent.jsonl,
// in the fixed order below, after validating every record. Plain node, no dependencies.
// Usage: node bench/guard-independent/build.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FILES = [
  'attacks-direct.jsonl',
  'attacks-indirect.jsonl',
  'attacks-obfuscated.jsonl',
  'jailbreaks.jsonl',
  'multilingual.jsonl',
  'hard-negatives.jsonl',
  'hard-negatives-multilingual.jsonl',
];
const KEYS = ['text', 'label', 'style', 'lang', 'source'];
const LABELS = new Set(['benign', 'injection', 'jailbreak']);
const SOURCE = 'rampart-independent-v1';

const errors = [];
const seen = new Map();
const out = [];
for (const file of FILES) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let r;
    try {
      r = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: invalid JSON (${e.message})`);
      return;
    }
    const keys = Object.keys(r);
    if (keys.length !== KEYS.length || !KEYS.every((k) => keys.includes(k))) {
      errors.push(`${where}: fields must be exactly ${KEYS.join(', ')}; got ${keys.join(', ')}`);
    }
    if (typeof r.text !== 'string' || r.text.trim() === '') errors.push(`${where}: empty or non-string text`);
    if (!LABELS.has(r.label)) errors.push(`${where}: bad label ${JSON.stringify(r.label)}`);
    if (typeof r.style !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.style))
      errors.push(`${where}: bad style ${JSON.stringify(r.style)}`);
    if (typeof r.lang !== 'string' || !/^[a-z]{2}$/.test(r.lang))
      errors.push(`${where}: bad lang ${JSON.stringify(r.lang)}`);
    if (r.source !== SOURCE) errors.push(`${where}: source must be ${SOURCE}`);
    if (typeof r.text === 'string') {
      if (seen.has(r.text)) errors.push(`${where}: duplicate text (first at ${seen.get(r.text)})`);
      else seen.set(r.text, where);
    }
    out.push({ text: r.text, label: r.label, style: r.style, lang: r.lang, source: r.source });
  });
}

const count = (key) => {
  const m = new Map();
  for (const r of out) m.set(r[key], (m.get(r[key]) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
};
const show = (title, rows) => {
  console.log(`\n${title}`);
  for (const [k, n] of rows) console.log(`  ${String(k).padEnd(26)} ${n}`);
};

console.log(`records: ${out.length}`);
show('per label', count('label'));
const styleLabel = new Map();
for (const r of out) styleLabel.set(r.style, r.label);
show(
  'per style',
  count('style').map(([s, n]) => [`${s} (${styleLabel.get(s)})`, n]),
);
show('per lang', count('lang'));
const nonEn = out.filter((r) => r.lang !== 'en');
console.log(
  `\nnon-English: ${nonEn.length} (attacks ${nonEn.filter((r) => r.label !== 'benign').length}, benign ${nonEn.filter((r) => r.label === 'benign').length})`,
);

// Coverage the set promises (README): fail loudly if an edit breaks it.
const attacks = out.filter((r) => r.label !== 'benign');
const benign = out.filter((r) => r.label === 'benign');
const attackStyles = new Map();
for (const r of attacks) attackStyles.set(r.style, (attackStyles.get(r.style) ?? 0) + 1);
if (attacks.length < 350) errors.push(`only ${attacks.length} attacks (< 350)`);
if (benign.length < 250) errors.push(`only ${benign.length} benign (< 250)`);
if (out.length < 650) errors.push(`only ${out.length} records (< 650)`);
if ([...attackStyles.values()].filter((n) => n >= 12).length < 20)
  errors.push('fewer than 20 attack styles with >= 12 items');
for (const [s, n] of attackStyles) if (n < 12) errors.push(`attack style ${s} has ${n} items (< 12)`);
const langs = new Set(out.map((r) => r.lang));
if (langs.size < 12) errors.push(`only ${langs.size} languages (< 12)`);
if (nonEn.length < 150) errors.push(`only ${nonEn.length} non-English records (< 150)`);
for (const lang of langs) {
  if (lang === 'en') continue;
  const rs = out.filter((r) => r.lang === lang);
  if (!rs.some((r) => r.label === 'benign') || !rs.some((r) => r.label !== 'benign')) {
    errors.push(`lang ${lang} lacks either attacks or benign items`);
  }
}

if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
// Invisible format characters are written as \u escapes so the file stays reviewable.
const escapeInvisible = (s) =>
  s.replace(/[\u200b-\u200d\u2060\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(
  join(here, 'independent.jsonl'),
  out.map((r) => escapeInvisible(JSON.stringify(r))).join('\n') + '\n',
);
console.log(`\nwrote ${join('bench/guard-independent', 'independent.jsonl')}`);
