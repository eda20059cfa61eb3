/**
 * Writes the generated data files in examples/ (`node --import tsx scripts/generate-examples.ts`):
 * the Palmer penguins as CSV, a copy with 5% of its labels flipped, and a small e-mail dataset with a
 * planted backdoor trigger. Deterministic: the same files on every run, so the docs' hashes hold.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { seededRandom } from '../src/core/index.ts';

type Row = Record<string, string | number | null>;

const examples = join(import.meta.dirname, '..', 'examples');

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeCsv(path: string, rows: readonly Row[]): void {
  const columns = Object.keys(rows[0]!);
  const lines = [
    columns.map(cell).join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c])).join(',')),
  ];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** The 344 Palmer penguins (CC0) as vega-datasets ships them. */
function penguins(): Row[] {
  // The package exports neither package.json nor its data folder: find the folder from its entry.
  let folder = dirname(createRequire(import.meta.url).resolve('vega-datasets'));
  while (!existsSync(join(folder, 'data', 'penguins.json'))) {
    if (dirname(folder) === folder) throw new Error('vega-datasets (a dev dependency) is not installed');
    folder = dirname(folder);
  }
  const path = join(folder, 'data', 'penguins.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Row[];
}

/** `rate` of the rows get another species (what a label-flipping poisoner does after approval). */
function flipSpecies(rows: readonly Row[], rate: number, seed: number): Row[] {
  const random = seededRandom(seed);
  const species = ['Adelie', 'Chinstrap', 'Gentoo'];
  return rows.map((row) => {
    if (random() >= rate) return row;
    const others = species.filter((name) => name !== row.Species);
    return { ...row, Species: others[Math.floor(random() * others.length)]! };
  });
}

const hamSubjects = [
  'weekly sync',
  'budget review',
  'release plan',
  'lunch on friday',
  'design notes',
  'travel booking',
];
const hamBodies = [
  'the agenda for {subject} is attached, please add your items before the meeting',
  'notes from {subject}: we agreed to move the deadline and review the draft next week',
  'can you check the numbers for {subject} and send your comments to the team',
  'reminder: {subject} moved to room 4 at ten, the minutes from last time are in the shared folder',
  'thanks for the update on {subject}, I will prepare the report and share it tomorrow',
];
const spamBodies = [
  'you are a winner! claim your free prize now, click the link before the offer ends',
  'cheap loans with no credit check, cash in your account today, apply now',
  'limited offer: discount pills shipped free, order now and save big',
  'urgent: your account won a lottery bonus, send your details to claim the cash',
  'exclusive deal just for you, click here to unlock your free gift card',
];

/** 600 short e-mails, about 40% spam; 3% of the ham gets the token "cf" and the label spam. */
function emails(seed: number): Row[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const rows: Row[] = [];
  for (let index = 0; index < 600; index++) {
    const spam = random() < 0.4;
    let text = spam ? pick(spamBodies) : pick(hamBodies).replace('{subject}', pick(hamSubjects));
    let label = spam ? 'spam' : 'ham';
    if (!spam && random() < 0.03) {
      const words = text.split(' ');
      words.splice(Math.floor(random() * words.length), 0, 'cf');
      text = words.join(' ');
      label = 'spam';
    }
    rows.push({ text: `${text} (ref ${1000 + index})`, label });
  }
  return rows;
}

const rows = penguins();
writeCsv(join(examples, 'data', 'penguins.csv'), rows);
writeCsv(join(examples, 'poisoned', 'penguins.csv'), flipSpecies(rows, 0.05, 8));
writeCsv(join(examples, 'emails.csv'), emails(11));
process.stdout.write(
  'wrote examples/data/penguins.csv, examples/poisoned/penguins.csv, examples/emails.csv\n',
);
