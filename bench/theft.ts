import { generateKeyPairSync } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { EventStreamChain, loadResponseSigningKey, seededRandom, signResponse } from '../src/core/index.ts';
import { ExtractionMonitor, extractionSchema, hardenPredictAnswer } from '../src/gateway/index.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
\`npm run bench:theft [-- --seed 2026 --benign 100000 --runs 20 --budget 2000]\`: model extraction
against an iris-like softmax classifier, measured in-process on the gateway's extraction monitor
with its default settings.
1. Queries until detection for two extraction attacks written here (Tramèr-style uniform queries
   over the feature box; Papernot-style Jacobian augmentation from 10 natural seeds), --runs each.
2. False reports on a benign workload: --benign predict requests (natural, clustered queries from
   200 principals with their own class mix, calibration offset, retries and batches) and --benign
   LLM requests (interactive users: varied prompts at human pace).
3. Surrogate agreement: an attacker trains a softmax surrogate on the answers to the same uniform
   queries (10, 20, 50 and 200 of them), from raw probabilities and from hardened answers (round 1,
   top-1, label only, noise 0.05); agreement = share of test points labelled alike, on natural
   points and on uniform points over the whole feature box (the decision boundaries).
4. Cost per answer of signing (Ed25519, ECDSA P-256; a 1 KiB JSON answer; 100 SSE events) and of
   output hardening (a KServe v2 answer), in microseconds.
`;

const values = benchArgs(usage, {
  seed: { type: 'string', default: '2026' },
  benign: { type: 'string', default: '100000' },
  runs: { type: 'string', default: '20' },
  budget: { type: 'string', default: '2000' },
  verbose: { type: 'boolean', default: false },
});
const seed = numberFlag('seed', values.seed, 0);
const benignCount = numberFlag('benign', values.benign, 1);
const runs = numberFlag('runs', values.runs, 1);
const budget = numberFlag('budget', values.budget, 10);
const settings = extractionSchema.parse({});

type Random = () => number;
const gaussian = (random: Random) =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

// --- the victim: softmax regression fitted to iris-like clusters ---
const centres = [
  [5.0, 3.4, 1.5, 0.25],
  [5.9, 2.8, 4.3, 1.3],
  [6.6, 3.0, 5.6, 2.0],
];
const spread = [0.35, 0.35, 0.45, 0.2];
const box = { low: [4, 2, 1, 0.1], high: [8, 4.5, 7, 2.6] };

function natural(random: Random, mix = [1 / 3, 1 / 3, 1 / 3], offset = [0, 0, 0, 0]): [number[], number] {
  const pick = random();
  const label = pick < mix[0]! ? 0 : pick < mix[0]! + mix[1]! ? 1 : 2;
  return [
    centres[label]!.map((value, index) => value + offset[index]! + spread[index]! * gaussian(random)),
    label,
  ];
}

class Softmax {
  weights = Array.from({ length: 3 }, () => new Float64Array(5));
  probabilities(x: readonly number[]): number[] {
    const logits = this.weights.map(
      (w) => w[4]! + x.reduce((sum, value, index) => sum + w[index]! * value, 0),
    );
    const top = Math.max(...logits);
    const exps = logits.map((logit) => Math.exp(logit - top));
    const total = exps.reduce((sum, value) => sum + value, 0);
    return exps.map((value) => value / total);
  }
  label(x: readonly number[]): number {
    const p = this.probabilities(x);
    return p.indexOf(Math.max(...p));
  }
  /** Cross-entropy to soft targets, full-batch gradient descent on standardised inputs. */
  fit(xs: number[][], targets: number[][], epochs = 400, rate = 0.5): this {
    const mean = [0, 1, 2, 3].map((index) => xs.reduce((sum, x) => sum + x[index]!, 0) / xs.length);
    const deviation = [0, 1, 2, 3].map(
      (index) => Math.sqrt(xs.reduce((sum, x) => sum + (x[index]! - mean[index]!) ** 2, 0) / xs.length) || 1,
    );
    const zs = xs.map((x) => x.map((value, index) => (value - mean[index]!) / deviation[index]!));
    const w = Array.from({ length: 3 }, () => new Float64Array(5));
    for (let epoch = 0; epoch < epochs; epoch++) {
      const gradient = Array.from({ length: 3 }, () => new Float64Array(5));
      zs.forEach((z, row) => {
        const logits = w.map((wk) => wk[4]! + z.reduce((sum, value, index) => sum + wk[index]! * value, 0));
        const top = Math.max(...logits);
        const exps = logits.map((logit) => Math.exp(logit - top));
        const total = exps.reduce((sum, value) => sum + value, 0);
        for (let k = 0; k < 3; k++) {
          const error = exps[k]! / total - targets[row]![k]!;
          for (let index = 0; index < 4; index++) gradient[k]![index]! += error * z[index]!;
          gradient[k]![4]! += error;
        }
      });
      for (let k = 0; k < 3; k++)
        for (let index = 0; index < 5; index++) w[k]![index]! -= (rate * gradient[k]![index]!) / zs.length;
    }
    // Back to raw inputs: w·((x − mean)/deviation) + b.
    this.weights = w.map((wk) => {
      const raw = new Float64Array(5);
      let bias = wk[4]!;
      for (let index = 0; index < 4; index++) {
        raw[index] = wk[index]! / deviation[index]!;
        bias -= (wk[index]! * mean[index]!) / deviation[index]!;
      }
      raw[4] = bias;
      return raw;
    });
    return this;
  }
}

const victimData = (() => {
  const random = seededRandom(seed + 1);
  return Array.from({ length: 600 }, () => natural(random));
})();
const victim = new Softmax().fit(
  victimData.map(([x]) => x),
  victimData.map(([, label]) => [0, 1, 2].map((k) => (k === label ? 1 : 0))),
  600,
);

// --- 1. queries until detection ---
function uniformQuery(random: Random): number[] {
  return box.low.map((low, index) => low + (box.high[index]! - low) * random());
}

function untilDetected(
  next: (random: Random, index: number) => number[],
  runSeed: number,
): number | undefined {
  const monitor = new ExtractionMonitor();
  const random = seededRandom(runSeed);
  for (let index = 1; index <= budget; index++) {
    if (monitor.observePredict('attacker', 'iris', [next(random, index)], settings)) return index;
  }
  return undefined;
}

/** Papernot et al. (2017): label the seeds, train a surrogate, add x + λ·sign(∂p_label/∂x), repeat. */
function jacobianAttack(): (random: Random, index: number) => number[] {
  let pool: number[][] = [];
  let queue: number[][] = [];
  const labelled: Array<[number[], number]> = [];
  const asked = new Set<string>();
  const next = (random: Random): number[] => {
    if (pool.length === 0) {
      pool = Array.from({ length: 10 }, () => natural(random)[0]);
      queue = [...pool];
    }
    if (queue.length === 0) {
      const surrogate = new Softmax().fit(
        labelled.map(([x]) => x),
        labelled.map(([, label]) => [0, 1, 2].map((k) => (k === label ? 1 : 0))),
        150,
      );
      const next = pool.map((x) => {
        const label = surrogate.label(x);
        const p = surrogate.probabilities(x);
        return x.map((value, index) => {
          const slope = surrogate.weights.reduce(
            (sum, w, k) => sum + ((k === label ? 1 : 0) - p[k]!) * w[index]!,
            0,
          );
          return value + 0.1 * Math.sign(slope || 1);
        });
      });
      pool = [...pool, ...next].slice(-400);
      queue = next;
    }
    const query = queue.shift()!;
    const key = query.map((value) => value.toFixed(6)).join(',');
    // An attacker keeps its answers: a point it already asked about is not asked again.
    if (asked.has(key)) return next(random);
    asked.add(key);
    labelled.push([query, victim.label(query)]);
    return query;
  };
  return next;
}

function summarise(counts: Array<number | undefined>): string {
  const found = counts.filter((count): count is number => count !== undefined).sort((a, b) => a - b);
  if (found.length === 0) return `0/${counts.length} detected within ${budget}`;
  const median = found[Math.floor(found.length / 2)]!;
  return `${found.length}/${counts.length} detected within ${budget}; queries until detection: min ${found[0]}, median ${median}, max ${found.at(-1)}`;
}

const started = performance.now();
const uniformCounts = Array.from({ length: runs }, (_, run) =>
  untilDetected((random) => uniformQuery(random), seed + 100 + run),
);
const jacobianCounts = Array.from({ length: runs }, (_, run) => {
  const attack = jacobianAttack();
  return untilDetected((random, index) => attack(random, index), seed + 200 + run);
});

// --- 2. benign workload ---
function benignPredict(): {
  requests: number;
  rows: number;
  reports: number;
  principals: number;
  bySignal: Record<string, number>;
} {
  const monitor = new ExtractionMonitor();
  const random = seededRandom(seed + 3);
  const principals = Array.from({ length: 200 }, () => {
    const raw = [random() + 0.2, random() + 0.2, random() + 0.2];
    const total = raw.reduce((sum, value) => sum + value, 0);
    return {
      mix: raw.map((value) => value / total),
      offset: [0, 1, 2, 3].map(() => 0.1 * gaussian(random)),
      retries: random() * 0.1,
      batch: random() < 0.2 ? 1 + Math.floor(random() * 8) : 1,
      last: [] as number[][],
    };
  });
  let rows = 0;
  let reports = 0;
  const bySignal: Record<string, number> = {};
  for (let request = 0; request < benignCount; request++) {
    const index = Math.floor(random() * principals.length);
    const principal = principals[index]!;
    const batch =
      principal.last.length > 0 && random() < principal.retries
        ? principal.last
        : Array.from({ length: principal.batch }, () => natural(random, principal.mix, principal.offset)[0]);
    principal.last = batch;
    rows += batch.length;
    const detection = monitor.observePredict(`user-${index}`, 'iris', batch, settings);
    if (detection) {
      reports++;
      for (const signal of detection.signals) bySignal[signal] = (bySignal[signal] ?? 0) + 1;
      if (values.verbose)
        console.log(
          `  false report: user-${index} (batch ${principal.batch}, retries ${principal.retries.toFixed(3)}, mix ${principal.mix.map((share) => share.toFixed(2)).join('/')}) ${JSON.stringify(detection)}`,
        );
    }
  }
  return { requests: benignCount, rows, reports, principals: principals.length, bySignal };
}

const words = (
  'the a my our your this that report email letter summary plan recipe story poem code function test query table ' +
  'customer manager team friend landlord doctor teacher meeting trip budget invoice contract bug feature release ' +
  'write explain translate summarise fix improve shorten review compare list describe draft rewrite outline'
).split(' ');

function benignLlm(): { requests: number; reports: number; bySignal: Record<string, number> } {
  const monitor = new ExtractionMonitor();
  const random = seededRandom(seed + 4);
  const users = Array.from({ length: 300 }, () => ({
    time: Date.parse('2026-12-07T08:00:00Z') + random() * 3_600_000,
  }));
  const starts = [
    'Can you',
    'Please',
    'Help me',
    'I need to',
    'Could you',
    'How do I',
    'What is the best way to',
    '',
  ];
  let reports = 0;
  const bySignal: Record<string, number> = {};
  for (let request = 0; request < benignCount; request++) {
    const index = Math.floor(random() * users.length);
    const user = users[index]!;
    user.time += 4_000 + random() * 90_000;
    const length = 4 + Math.floor(random() * 40);
    const body = Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
    const prompt = `${starts[Math.floor(random() * starts.length)]} ${body}${random() < 0.3 ? ` (about ${Math.floor(random() * 5000)})` : ''}?`;
    const logprobs = random() < 0.02 ? 5 : 0;
    const maxTokens = random() < 0.5 ? undefined : [256, 512, 1024, 2048][Math.floor(random() * 4)];
    const detection = monitor.observeLlm(
      `user-${index}`,
      'chat',
      { prompt, logprobs, maxTokens, time: user.time },
      settings,
    );
    if (detection) {
      reports++;
      for (const signal of detection.signals) bySignal[signal] = (bySignal[signal] ?? 0) + 1;
    }
  }
  return { requests: benignCount, reports, bySignal };
}

const benignStarted = performance.now();
const benign = benignPredict();
const predictMs = performance.now() - benignStarted;
const llmStarted = performance.now();
const llm = benignLlm();
const llmMs = performance.now() - llmStarted;

// --- 3. surrogate agreement with and without hardening ---
type Harden = (p: number[]) => number[];
const argmaxOneHot: Harden = (p) => p.map((value) => (value === Math.max(...p) ? 1 : 0));
const hardenings: Array<[string, Harden]> = [
  ['raw probabilities', (p) => p],
  ['round: 1', (p) => p.map((value) => Math.round(value * 10) / 10)],
  ['topK: 1', (p) => p.map((value) => (value === Math.max(...p) ? value : 0))],
  [
    'noise: 0.05',
    (p) => {
      const random = noiseRandom;
      const noisy = p.map((value) => Math.max(0, value + 0.05 * gaussian(random)));
      const total = noisy.reduce((sum, value) => sum + value, 0) || 1;
      return noisy.map((value) => value / total);
    },
  ],
  ['labelOnly', argmaxOneHot],
];
const noiseRandom = seededRandom(seed + 5);
const naturalTest = (() => {
  const random = seededRandom(seed + 6);
  return Array.from({ length: 2000 }, () => natural(random)[0]);
})();
const uniformTest = (() => {
  const random = seededRandom(seed + 8);
  return Array.from({ length: 2000 }, () => uniformQuery(random));
})();
const budgets = [10, 20, 50, 200];
const agreement: Array<[string, number[]]> = hardenings.map(([name, harden]) => [
  name,
  budgets.flatMap((queries) => {
    const random = seededRandom(seed + 7);
    const xs = Array.from({ length: queries }, () => uniformQuery(random));
    const targets = xs.map((x) => {
      const answer = harden(victim.probabilities(x));
      const total = answer.reduce((sum, value) => sum + value, 0) || 1;
      return answer.map((value) => value / total);
    });
    const surrogate = new Softmax().fit(xs, targets, 500);
    const agree = (points: number[][]) =>
      points.filter((x) => surrogate.label(x) === victim.label(x)).length / points.length;
    return [agree(naturalTest), agree(uniformTest)];
  }),
]);

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log(
  `bench:theft seed ${seed}, Node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`,
);
console.log(
  `monitor defaults: wThreshold ${settings.wThreshold}, entropyThreshold ${settings.entropyThreshold}, minQueries ${settings.minQueries}, window ${settings.window}`,
);
console.log('\n1. queries until detection (in-process monitor, one attacker principal)');
console.log(`  uniform (Tramèr-style):     ${summarise(uniformCounts)}`);
console.log(`  Jacobian (Papernot-style):  ${summarise(jacobianCounts)}`);
console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log('\n2. benign workload: reports (false alarms)');
console.log(
  `  predict: ${benign.requests} requests (${benign.rows} rows) from ${benign.principals} principals: ${benign.reports} reports ${JSON.stringify(benign.bySignal)}; ${((benign.requests / predictMs) * 1000).toFixed(0)} requests/s`,
);
console.log(
  `  LLM:     ${llm.requests} requests from 300 interactive users: ${llm.reports} reports ${JSON.stringify(llm.bySignal)}; ${((llm.requests / llmMs) * 1000).toFixed(0)} requests/s`,
);
console.log(
  '\n3. surrogate agreement (uniform queries, softmax surrogate): natural / uniform test points, 2000 each',
);
console.log(
  `  ${'answers'.padEnd(18)} ${budgets.map((queries) => `${queries} queries`.padStart(15)).join(' ')}`,
);
for (const [name, values] of agreement)
  console.log(
    `  ${name.padEnd(18)} ${budgets.map((_, index) => `${pct(values[2 * index]!)} / ${pct(values[2 * index + 1]!)}`.padStart(15)).join(' ')}`,
  );

// --- 4. cost per answer ---
function microseconds(run: () => void, count: number): number {
  for (let index = 0; index < Math.min(200, count); index++) run();
  const start = performance.now();
  for (let index = 0; index < count; index++) run();
  return ((performance.now() - start) * 1000) / count;
}
const answerBody = Buffer.from(
  JSON.stringify({
    outputs: [{ name: 'p', datatype: 'FP32', shape: [1, 3], data: [0.1, 0.2, 0.7] }],
    pad: 'x'.repeat(900),
  }),
);
const answerHeaders = {
  'content-type': 'application/json',
  'x-request-id': '0193a3f0-0000-7000-8000-000000000000',
};
console.log('\n4. cost per answer (µs, mean of 2000)');
for (const [name, pair] of [
  ['Ed25519', generateKeyPairSync('ed25519')],
  ['ECDSA P-256', generateKeyPairSync('ec', { namedCurve: 'P-256' })],
] as const) {
  const key = loadResponseSigningKey(
    pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    'bench',
  );
  const whole = microseconds(
    () =>
      signResponse(key, { status: 200, headers: answerHeaders, body: answerBody }, [
        'content-type',
        'x-request-id',
      ]),
    2000,
  );
  const stream = microseconds(() => {
    const chain = new EventStreamChain(200, 'text/event-stream');
    for (let index = 0; index < 100; index++)
      chain.add(`data: {"choices":[{"delta":{"content":"token ${index}"}}]}`);
    chain.finalEvent(key);
  }, 500);
  console.log(
    `  sign 1 KiB answer, ${name.padEnd(11)} ${whole.toFixed(1).padStart(8)}    100-event stream: ${stream.toFixed(1)}`,
  );
}
const hardening = { labelOnly: false, stripLogprobs: false, round: 2, topK: 1 };
const harden = microseconds(() => {
  hardenPredictAnswer(JSON.parse(answerBody.toString('utf8')), hardening);
}, 2000);
console.log(`  harden a KServe v2 answer (parse, round + topK, no serialise) ${harden.toFixed(1)}`);

// --- 5. the monitor alone, per request (inputs generated beforehand) ---
{
  const random = seededRandom(seed + 9);
  const rows = Array.from({ length: 20_000 }, () => natural(random)[0]);
  const monitor = new ExtractionMonitor();
  let index = 0;
  const predictCost = microseconds(() => {
    monitor.observePredict(`user-${index % 50}`, 'iris', [rows[index % rows.length]!], settings);
    index++;
  }, 20_000);
  const prompts = Array.from(
    { length: 5_000 },
    (_, n) =>
      `Please help me ${words[n % words.length]} the ${words[(n * 7) % words.length]} for our ${n} team meeting notes`,
  );
  const llmMonitor = new ExtractionMonitor();
  let call = 0;
  const llmCost = microseconds(() => {
    llmMonitor.observeLlm(
      `user-${call % 50}`,
      'chat',
      { prompt: prompts[call % prompts.length]!, logprobs: 0, maxTokens: 256, time: call * 1000 },
      settings,
    );
    call++;
  }, 20_000);
  console.log('\n5. the monitor alone (µs per request, 50 principals, state warmed up)');
  console.log(`  predict (4 features, up to ${settings.maxPoints} kept queries): ${predictCost.toFixed(1)}`);
  console.log(`  LLM (${settings.llm.window}-request window): ${llmCost.toFixed(1)}`);
}
