import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomFillSync } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { scanPaths, signModel, verifyModel } from '../src/model/index.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
\`npm run bench:model [-- --size-gb 2 --runs 3 --keep]\`: generate a multi-GB model directory
(sharded safetensors, a GGUF file, pickled checkpoints) in a temp dir, then time on the same files
in the same run: \`openssl dgst -sha256\` (one process = one core: the baseline), our signing with
1 and 2 hashing workers, verification, and the scanner (safetensors/GGUF headers only; pickles
parsed). Prints GB/s, the ratio to openssl, and the peak RSS of each phase.
`;

const values = benchArgs(usage, {
  'size-gb': { type: 'string', default: '2' },
  runs: { type: 'string', default: '3' },
  keep: { type: 'boolean', default: false },
});
const totalBytes = Math.round(numberFlag('size-gb', values['size-gb'], 0.1) * 1e9);
const runs = numberFlag('runs', values.runs, 1);

const directory = mkdtempSync(join(tmpdir(), 'rampart-bench-model-'));
const cleanup = () => {
  if (!values.keep) rmSync(directory, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

// One 16 MiB random block, written repeatedly with its first 8 bytes changed per block:
// SHA-256 speed does not depend on content, and generation stays fast.
const block: Buffer = randomFillSync(Buffer.alloc(16 << 20));

function writeFile(
  name: string,
  header: Buffer,
  payloadBytes: number,
  trailer: Buffer = Buffer.alloc(0),
): string {
  const path = join(directory, name);
  const descriptor = openSync(path, 'w');
  writeSync(descriptor, header);
  let written = 0;
  let counter = 0;
  while (written < payloadBytes) {
    block.writeBigUInt64LE(BigInt(counter++), 0);
    const length = Math.min(block.length, payloadBytes - written);
    writeSync(descriptor, block, 0, length);
    written += length;
  }
  writeSync(descriptor, trailer);
  closeSync(descriptor);
  return path;
}

function safetensorsHeader(payloadBytes: number, index: number): Buffer {
  const tensors: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  const perTensor = 4 * 4096 * 4096; // F32 4096x4096 = 64 MiB
  let offset = 0;
  let tensor = 0;
  while (offset < payloadBytes) {
    const bytes = Math.min(perTensor, payloadBytes - offset);
    tensors[`model.layers.${index}.${tensor++}.weight`] = {
      dtype: 'U8',
      shape: [bytes],
      data_offsets: [offset, offset + bytes],
    };
    offset += bytes;
  }
  let json = Buffer.from(JSON.stringify(tensors));
  const padding = (8 - (json.length % 8)) % 8;
  json = Buffer.concat([json, Buffer.alloc(padding, 0x20)]);
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json]);
}

function ggufHeader(payloadBytes: number): Buffer {
  const text = (value: string) => {
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(Buffer.byteLength(value)));
    return Buffer.concat([length, Buffer.from(value)]);
  };
  const u32 = (value: number) => {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32LE(value);
    return buffer;
  };
  const u64 = (value: number) => {
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(value));
    return buffer;
  };
  const kv = Buffer.concat([
    text('general.architecture'),
    u32(8),
    text('llama'),
    text('general.alignment'),
    u32(4),
    u32(32),
    text('tokenizer.chat_template'),
    u32(8),
    text("{% for message in messages %}{{ message['content'] }}{% endfor %}"),
  ]);
  const tensor = Buffer.concat([text('token_embd.weight'), u32(1), u64(payloadBytes), u32(24), u64(0)]); // I8
  const head = Buffer.concat([Buffer.from('GGUF'), u32(3), u64(1), u64(3), kv, tensor]);
  return Buffer.concat([head, Buffer.alloc((32 - (head.length % 32)) % 32)]);
}

/** A protocol-4 pickle: OrderedDict() filled with one large bytes value (what torch.save's data looks like to a scanner). */
function pickleParts(payloadBytes: number): { header: Buffer; trailer: Buffer } {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(payloadBytes));
  const header = Buffer.concat([
    Buffer.from([0x80, 0x04]),
    Buffer.from('ccollections\nOrderedDict\n', 'latin1'),
    Buffer.from(')R', 'latin1'), // EMPTY_TUPLE, REDUCE
    Buffer.from('(', 'latin1'), // MARK
    Buffer.from([0x8c, 6]),
    Buffer.from('weight', 'latin1'), // SHORT_BINUNICODE
    Buffer.from([0x8e]),
    length, // BINBYTES8
  ]);
  return { header, trailer: Buffer.from('u.', 'latin1') }; // SETITEMS, STOP
}

// Layout: 70% safetensors in 4 shards, 15% GGUF, 15% in two pickled checkpoints.
const safetensorsFiles: string[] = [];
const pickleFiles: string[] = [];
const started = performance.now();
for (let index = 0; index < 4; index++) {
  const bytes = Math.floor((totalBytes * 0.7) / 4 / 8) * 8;
  safetensorsFiles.push(
    writeFile(`model-0000${index + 1}-of-00004.safetensors`, safetensorsHeader(bytes, index), bytes),
  );
}
const ggufBytes = Math.floor((totalBytes * 0.15) / 32) * 32;
const ggufFile = writeFile('model-q8_0.gguf', ggufHeader(ggufBytes), ggufBytes);
for (let index = 0; index < 2; index++) {
  const { header, trailer } = pickleParts(Math.floor((totalBytes * 0.15) / 2));
  pickleFiles.push(
    writeFile(`checkpoint-${index}.pkl`, header, Math.floor((totalBytes * 0.15) / 2), trailer),
  );
}
const allFiles = [...safetensorsFiles, ggufFile, ...pickleFiles];
const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const datasetBytes = sizeOf(allFiles);
const generatedIn = (performance.now() - started) / 1000;

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signaturePath = join(tmpdir(), `rampart-bench-${process.pid}.sig`);

/** CPU seconds used by waited-for child processes (Linux /proc), for the openssl baseline. */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks
  } catch {
    return Number.NaN;
  }
}

interface Row {
  name: string;
  bytes: number;
  work: () => Promise<unknown> | unknown;
  seconds: number[];
  cpuSeconds: number[];
  /** Largest RSS rise over the RSS at the start of a run (after a full GC). */
  rssGrowth: number;
}

/** Time `work` (wall and CPU, this process with its worker threads plus children) and track peak RSS. */
async function measure(row: Row): Promise<void> {
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const cpuBefore = process.cpuUsage();
  const childBefore = childCpuSeconds();
  const start = performance.now();
  await row.work();
  row.seconds.push((performance.now() - start) / 1000);
  const cpu = process.cpuUsage(cpuBefore);
  row.cpuSeconds.push((cpu.user + cpu.system) / 1e6 + (childCpuSeconds() - childBefore));
  clearInterval(timer);
  row.rssGrowth = Math.max(row.rssGrowth, Math.max(peak, process.memoryUsage().rss) - rssBefore);
}

const phase = (name: string, bytes: number, work: () => Promise<unknown> | unknown): Row => ({
  name,
  bytes,
  work,
  seconds: [],
  cpuSeconds: [],
  rssGrowth: 0,
});

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

try {
  // Warm the page cache so every contender reads from memory, not disk.
  execFileSync('cat', allFiles, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 });
} catch {
  // `cat` output is discarded; only the side effect matters.
}

const headerFiles = [...safetensorsFiles, ggufFile];
const rows: Row[] = [
  phase('openssl dgst -sha256 (1 core)', datasetBytes, () =>
    execFileSync('openssl', ['dgst', '-sha256', ...allFiles], { stdio: ['ignore', 'ignore', 'inherit'] }),
  ),
  phase('rampart sign, 1 worker', datasetBytes, () =>
    signModel(directory, { privateKey, signaturePath, workers: 1 }),
  ),
  phase('rampart sign, 2 workers', datasetBytes, () =>
    signModel(directory, { privateKey, signaturePath, workers: 2 }),
  ),
  phase('rampart verify, 2 workers', datasetBytes, () =>
    verifyModel(directory, { publicKey, signaturePath, workers: 2 }),
  ),
  phase('rampart scan, safetensors + GGUF', sizeOf(headerFiles), async () => {
    const report = await scanPaths(headerFiles);
    if (report.files.length !== headerFiles.length) throw new Error('scan missed files');
  }),
  phase('rampart scan, pickles (parsed)', sizeOf(pickleFiles), async () => {
    const report = await scanPaths(pickleFiles);
    if (report.files.length !== pickleFiles.length) throw new Error('scan missed files');
  }),
];
const baselineRss = process.memoryUsage().rss;
// Interleave the runs (A B C ... A B C ...) so load from other processes on this shared machine
// spreads over every contender instead of hitting one.
for (let run = 0; run < runs; run++) for (const row of rows) await measure(row);

const best = (numbers: number[]) => Math.min(...numbers);
const baseline = datasetBytes / best(rows[0]!.seconds) / 1e9;
const baselineCpu = datasetBytes / median(rows[0]!.cpuSeconds) / 1e9;
const table = [
  [
    'phase',
    'data',
    'best s',
    'median s',
    'GB/s (best)',
    'x openssl',
    'GB per CPU s',
    'x openssl (CPU)',
    'RSS growth',
  ],
  ...rows.map((row) => {
    const rate = row.bytes / best(row.seconds) / 1e9;
    const cpuRate = row.bytes / median(row.cpuSeconds) / 1e9;
    return [
      row.name,
      `${(row.bytes / 1e9).toFixed(2)} GB`,
      best(row.seconds).toFixed(2),
      median(row.seconds).toFixed(2),
      rate.toFixed(3),
      (rate / baseline).toFixed(2),
      cpuRate.toFixed(3),
      (cpuRate / baselineCpu).toFixed(2),
      `${(row.rssGrowth / 2 ** 20).toFixed(0)} MiB`,
    ];
  }),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
const lines = table.map(
  (line) => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`,
);
lines.splice(1, 0, `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);

console.log(
  `model bench: ${(datasetBytes / 1e9).toFixed(2)} GB in ${allFiles.length} files (4 safetensors shards, 1 GGUF, 2 pickles), generated in ${generatedIn.toFixed(1)} s`,
);
console.log(
  `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${runs} interleaved runs each, page cache warm, load average at end ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}\n`,
);
console.log(lines.join('\n'));
console.log(
  `\nRSS before the timed phases: ${(baselineRss / 2 ** 20).toFixed(0)} MiB; RSS growth = peak RSS during a run minus RSS at its start (after a full GC). ` +
    'Wall ratios use the best of the runs (this VM is shared); CPU ratios use the median CPU time (this process, its worker threads, and child processes).',
);
console.log(
  `\ntargets: sign/verify 1 worker >= 0.90x openssl; 2 workers >= 1.70x; scan safetensors/GGUF >= 1 GB/s; pickles >= 0.05 GB/s`,
);

rmSync(signaturePath, { force: true });
cleanup();
