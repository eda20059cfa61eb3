/**
 * Evaluate `rampart model scan` on a labelled corpus:
 *   npm run eval:model-scan -- /path/to/model-files
 * Reads manifest.json (file, format, expected malicious|unsafe|benign), scans every listed file,
 * prints per-format detection and false positives, every miss, and — when peer-results.json is
 * there — how picklescan, fickling and modelscan did on the same files. Exit 1 on any miss.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderTable } from '../src/core/index.ts';
import { scanPaths, type Verdict } from '../src/model/index.ts';

interface ManifestFile {
  file: string;
  format: string;
  expected: 'malicious' | 'unsafe' | 'benign';
  why: string;
}
interface PeerResult {
  file: string;
  [tool: string]: unknown;
}

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: npm run eval:model-scan -- DIR (a folder with manifest.json)\n');
  process.exit(2);
}
const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as { files: ManifestFile[] };
let peers: PeerResult[] = [];
try {
  peers = (JSON.parse(await readFile(join(root, 'peer-results.json'), 'utf8')) as { results: PeerResult[] })
    .results;
} catch {
  peers = [];
}
const peerTools = ['picklescan', 'fickling', 'modelscan'].filter((tool) =>
  peers.some((peer) => tool in peer),
);
const peerByFile = new Map(peers.map((peer) => [peer.file, peer]));

const report = await scanPaths(manifest.files.map((entry) => join(root, entry.file)));
const verdicts = new Map<string, Verdict>(report.files.map((file) => [file.path, file.verdict]));

/** A sample is caught when flagged at all (unsafe or malicious); exact when the verdict matches. */
function caught(expected: ManifestFile['expected'], verdict: string): boolean {
  return expected === 'benign' ? verdict === 'clean' : verdict === 'unsafe' || verdict === 'malicious';
}
function peerFlagged(value: unknown): boolean {
  return typeof value === 'string' && (value.startsWith('malicious') || value.startsWith('suspicious'));
}

interface Row {
  bad: number;
  caught: number;
  exact: number;
  benign: number;
  flagged: number;
  peers: Record<string, { caught: number; flagged: number }>;
}
const rows = new Map<string, Row>();
const misses: string[] = [];
const total: Row = { bad: 0, caught: 0, exact: 0, benign: 0, flagged: 0, peers: {} };
for (const entry of manifest.files) {
  const verdict = verdicts.get(join(root, entry.file)) ?? 'error';
  const row = rows.get(entry.format) ?? { bad: 0, caught: 0, exact: 0, benign: 0, flagged: 0, peers: {} };
  rows.set(entry.format, row);
  for (const target of [row, total]) {
    if (entry.expected === 'benign') {
      target.benign++;
      if (verdict !== 'clean') target.flagged++;
    } else {
      target.bad++;
      if (caught(entry.expected, verdict)) target.caught++;
      if (verdict === entry.expected) target.exact++;
    }
    const peer = peerByFile.get(entry.file);
    for (const tool of peerTools) {
      const score = target.peers[tool] ?? { caught: 0, flagged: 0 };
      target.peers[tool] = score;
      const flagged = peerFlagged(peer?.[tool]);
      if (entry.expected === 'benign' && flagged) score.flagged++;
      if (entry.expected !== 'benign' && flagged) score.caught++;
    }
  }
  if (!caught(entry.expected, verdict) || (entry.expected !== 'benign' && verdict !== entry.expected)) {
    misses.push(`${entry.file}: expected ${entry.expected}, got ${verdict} — ${entry.why}`);
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? '-' : `${part}/${whole}`);
const line = (name: string, row: Row) => [
  name,
  ratio(row.caught, row.bad),
  ratio(row.exact, row.bad),
  ratio(row.flagged, row.benign),
  ...peerTools.flatMap((tool) => [
    `${ratio(row.peers[tool]?.caught ?? 0, row.bad)} / ${ratio(row.peers[tool]?.flagged ?? 0, row.benign)}`,
  ]),
];
const table = renderTable(
  ['format', 'detected', 'exact verdict', 'false positives', ...peerTools.map((tool) => `${tool} det/FP`)],
  [
    ...[...rows.entries()]
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([name, row]) => line(name, row)),
    line('TOTAL', total),
  ],
);
process.stdout.write(`${table}\n\n`);
process.stdout.write(
  `rampart: ${total.caught}/${total.bad} malicious or unsafe samples detected (${total.exact} with the exact verdict), ` +
    `${total.flagged}/${total.benign} benign samples flagged; ${report.summary.files} files in ${report.summary.durationMs} ms\n`,
);
if (peerTools.length > 0)
  process.stdout.write(
    'peers: a peer "detects" a sample it marks malicious or suspicious (peer-results.json)\n',
  );
if (misses.length > 0) process.stdout.write(`\nmisses:\n${misses.map((miss) => `  ${miss}`).join('\n')}\n`);
process.exitCode = misses.length > 0 ? 1 : 0;
