/**
 * bench:classic: adversarial inputs against a tabular predict route, with and without each defence.
 * Builds iris-shaped data (seeded generator), profiles it, starts two models (the demo's decision
 * tree and a softmax regression trained here), crafts evasion examples with a black-box
 * decision-based attack against each undefended model, then sends clean held-out rows and the
 * evasion examples through an in-process gateway whose predict routes carry each defence.
 * Prints detection at the gateway's own 1%-FPR calibration, evasion success and clean accuracy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { answerLabels, MemoryEventSink, seededRandom } from '../src/core/index.ts';
import { buildBaseline, Dataset, defaultPolicy, drawProfileSample } from '../src/data/index.ts';
import { ApiKeyStore, Gateway, startDemoUpstream, validateConfig } from '../src/gateway/index.ts';
import { readTabularBaseline } from '../src/gateway/predict/baseline.ts';
import { TrainingDistance } from '../src/gateway/predict/distance.ts';
import { type IrisRow, irisCsv, irisRows, irisSpecies } from '../test/support/iris-data.ts';
import { imageModel, imageRoutes, measureImages, serveImageModel } from './classic-images.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
npm run bench:classic -- [--heldout N] [--attacked N] [--directions N]

Evasion attacks on a tabular predict route and the gateway's defences (distance to the training
data, feature squeezing, clipping, rounding, randomized smoothing), on the demo decision tree and a
softmax regression trained in the run.
  --heldout N     clean held-out rows (default 600)
  --attacked N    rows the attack starts from (default 300)
  --images N      clean test images for the image sanitisers (default 200; half are attacked)
  --directions N  random directions the attack tries per row, besides the 8 feature axes (default 24)
  --fpr-rows N    fresh clean rows for the distance detector's false-positive rate over training draws (default 20000)
`;
const flags = benchArgs(usage, {
  heldout: { type: 'string', default: '600' },
  attacked: { type: 'string', default: '300' },
  directions: { type: 'string', default: '24' },
  images: { type: 'string', default: '200' },
  'fpr-rows': { type: 'string', default: '20000' },
});
const fprRows = numberFlag('fpr-rows', flags['fpr-rows'], 100);
const imageCount = numberFlag('images', flags.images, 10);
const heldoutCount = numberFlag('heldout', flags.heldout, 10);
const attackedCount = numberFlag('attacked', flags.attacked, 10);
const directions = numberFlag('directions', flags.directions, 1);

type Classify = (rows: number[][]) => string[];

/** A KServe v2 style model server around a classify function. */
async function serveModel(classify: Classify) {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        inputs: Array<{ data: number[][] }>;
      };
      const labels = classify(body.inputs[0]!.data);
      const text = JSON.stringify({
        outputs: [{ name: 'label', datatype: 'BYTES', shape: [labels.length], data: labels }],
      });
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Softmax regression on standardised features, trained by full-batch gradient descent. */
function trainSoftmax(rows: IrisRow[]): Classify {
  const width = 4;
  const mean = Array.from(
    { length: width },
    (_, f) => rows.reduce((s, r) => s + r.features[f]!, 0) / rows.length,
  );
  const std = mean.map((m, f) =>
    Math.sqrt(rows.reduce((s, r) => s + (r.features[f]! - m) ** 2, 0) / rows.length),
  );
  const x = rows.map((row) => [1, ...row.features.map((value, f) => (value - mean[f]!) / std[f]!)]);
  const y = rows.map((row) => irisSpecies.indexOf(row.drawnFrom as (typeof irisSpecies)[number]));
  const weights = irisSpecies.map(() => new Array<number>(width + 1).fill(0));
  const scores = (vector: number[]) => {
    const logits = weights.map((w) => w.reduce((s, value, f) => s + value * vector[f]!, 0));
    const top = Math.max(...logits);
    const exp = logits.map((value) => Math.exp(value - top));
    const total = exp.reduce((s, value) => s + value, 0);
    return exp.map((value) => value / total);
  };
  for (let epoch = 0; epoch < 800; epoch++) {
    const gradient = weights.map((w) => w.map(() => 0));
    x.forEach((vector, index) => {
      scores(vector).forEach((p, k) => {
        const error = p - (y[index] === k ? 1 : 0);
        vector.forEach((value, f) => {
          gradient[k]![f]! += error * value;
        });
      });
    });
    weights.forEach((w, k) => {
      w.forEach((_, f) => {
        w[f]! -= (0.5 * gradient[k]![f]!) / x.length;
      });
    });
  }
  return (batch) =>
    batch.map((features) => {
      const p = scores([1, ...features.map((value, f) => (value - mean[f]!) / std[f]!)]);
      return irisSpecies[p.indexOf(Math.max(...p))]!;
    });
}

async function askModel(url: string, path: string, rows: number[][]): Promise<string[]> {
  const response = await request(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: [{ name: 'x', shape: [rows.length, 4], datatype: 'FP32', data: rows }] }),
  });
  return answerLabels(await response.body.json())!;
}

/**
 * Decision-based black-box evasion: along each feature axis and random directions (scaled by each feature's spread) find
 * the smallest step that changes the answer, refine it by bisection, keep the smallest over all
 * directions. Returns the example just past the boundary, or undefined when no direction flips
 * within 3.2 standard deviations.
 */
async function evade(
  ask: (rows: number[][]) => Promise<string[]>,
  row: number[],
  spread: number[],
  random: () => number,
): Promise<number[] | undefined> {
  const [original] = await ask([row]);
  const steps = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2];
  const gaussian = () =>
    Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  const move = (direction: number[], size: number) =>
    row.map((value, f) => Math.max(0.1, value + direction[f]! * size * spread[f]!));
  // Each feature alone (both signs), then random directions.
  const axes = row.flatMap((_, f) => [1, -1].map((sign) => row.map((__, g) => (g === f ? sign : 0))));
  const unit = [
    ...axes,
    ...Array.from({ length: directions }, () => {
      const vector = row.map(() => gaussian());
      const norm = Math.hypot(...vector);
      return vector.map((value) => value / norm);
    }),
  ];
  const probes = unit.flatMap((direction) => steps.map((size) => move(direction, size)));
  const answers = await ask(probes);
  const brackets: Array<{ direction: number[]; low: number; high: number }> = [];
  unit.forEach((direction, index) => {
    const first = steps.findIndex((_, step) => answers[index * steps.length + step] !== original);
    if (first >= 0)
      brackets.push({ direction, low: first === 0 ? 0 : steps[first - 1]!, high: steps[first]! });
  });
  if (brackets.length === 0) return undefined;
  for (let round = 0; round < 10; round++) {
    const middles = brackets.map((bracket) => move(bracket.direction, (bracket.low + bracket.high) / 2));
    const answered = await ask(middles);
    brackets.forEach((bracket, index) => {
      const middle = (bracket.low + bracket.high) / 2;
      if (answered[index] !== original) bracket.high = middle;
      else bracket.low = middle;
    });
  }
  const best = brackets.sort((a, b) => a.high - b.high)[0]!;
  return move(best.direction, best.high);
}

interface RouteResult {
  answers: string[];
  events: MemoryEventSink['events'];
  ms: number;
}

/** Profile `rows` as `rampart data profile --sample-rows 900` would; the baseline file's path. */
async function profile(work: string, name: string, rows: IrisRow[]) {
  writeFileSync(join(work, `${name}.csv`), irisCsv(rows));
  const dataset = await Dataset.open([join(work, `${name}.csv`)]);
  const baseline = await buildBaseline(dataset, defaultPolicy({ label: 'species' }));
  baseline.sample = await drawProfileSample(dataset, baseline, 900);
  dataset.close();
  writeFileSync(join(work, `${name}.json`), JSON.stringify(baseline));
  return { path: join(work, `${name}.json`), baseline };
}

/**
 * The conformal guarantee holds on average over training (calibration) draws; one baseline's rate
 * varies around it. Five training draws, each scored on the same fresh clean rows (in process: the
 * gateway computes the same score).
 */
async function distanceFprOverDraws(work: string): Promise<string[]> {
  const fresh = irisRows(fprRows, 5).map((row) => row.features);
  const lines = [
    '',
    `### k-NN distance (k=5, α=0.01): false-positive rate on ${fprRows} fresh clean rows, per training draw of 900 rows`,
    '',
    '| training seed | 50% of the sample calibrates (default) | 30% of the sample calibrates |',
    '| --- | --- | --- |',
  ];
  const means = [0, 0];
  const seeds = [1, 6, 7, 8, 9];
  for (const seed of seeds) {
    const { path } = await profile(work, `draw-${seed}`, irisRows(900, seed));
    const baseline = readTabularBaseline(path);
    const rates = [0.5, 0.3].map((calibration) => {
      const distance = new TrainingDistance(baseline.features, baseline.sample, {
        k: 5,
        alpha: 0.01,
        calibration,
      });
      return fresh.filter((row) => distance.score(row) > 1).length / fresh.length;
    });
    rates.forEach((rate, index) => {
      means[index]! += rate / seeds.length;
    });
    lines.push(`| ${seed} | ${(100 * rates[0]!).toFixed(2)}% | ${(100 * rates[1]!).toFixed(2)}% |`);
  }
  lines.push(`| mean | ${(100 * means[0]!).toFixed(2)}% | ${(100 * means[1]!).toFixed(2)}% |`);
  return lines;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'rampart-bench-classic-'));
  const train = irisRows(900, 1);
  const heldout = irisRows(heldoutCount, 2);
  // Clean rows kept apart from the held-out ones: only they choose the calibrated distance threshold.
  const calibration = irisRows(heldoutCount, 4);
  const attackSource = irisRows(attackedCount, 3);
  const { baseline } = await profile(work, 'baseline', train);
  const spread = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'].map(
    (name) => baseline.columns.find((column) => column.name === name)!.numeric!.std,
  );

  const demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  const softmax = trainSoftmax(train);
  const softmaxServer = await serveModel(softmax);
  const imageServer = await serveImageModel(imageModel().classify);
  const models = [
    { name: 'tree', url: demo.url, truth: (row: IrisRow) => row.species },
    { name: 'softmax', url: softmaxServer.url, truth: (row: IrisRow) => row.drawnFrom },
  ];
  const path = '/v2/models/iris/infer';
  const defences: Record<string, Record<string, unknown> | undefined> = {
    none: undefined,
    detect: {
      onViolation: 'flag',
      distance: { onDetection: 'flag' },
      squeeze: { decimals: 1, onDetection: 'flag' },
    },
    'detect-30': { onViolation: 'flag', distance: { onDetection: 'flag', calibration: 0.3 } },
    clip: { onViolation: 'flag', sanitise: { clip: true } },
    'round-1': { onViolation: 'flag', sanitise: { clip: false, decimals: 1 } },
    'round-0': { onViolation: 'flag', sanitise: { clip: false, decimals: 0 } },
    'smooth-9': { onViolation: 'flag', smoothing: { samples: 9, sigma: 0.25 } },
  };
  const keys = new ApiKeyStore(join(work, 'keys.db'));
  const key = keys.create({ name: 'bench', principal: 'bench', roles: ['bench'] }).key;
  const sink = new MemoryEventSink();
  const gateway = new Gateway({
    config: validateConfig({
      server: { port: 0 },
      admin: { port: 0, token: 'bench-admin-token-0123456789abcdef' },
      dataDir: work,
      upstreams: {
        ...Object.fromEntries(models.map((model) => [model.name, { url: model.url }])),
        bars: { url: imageServer.url },
      },
      models: [
        ...models.map((model) => ({ name: model.name, upstream: model.name })),
        { name: 'bars', upstream: 'bars' },
      ],
      routes: [
        ...Object.entries(imageRoutes).map(([name, images]) => ({
          id: `image-${name}`,
          path: `/predict/image/${name}`,
          kind: 'predict',
          models: ['bars'],
          upstream: 'bars',
          upstreamPath: '/v2/models/bars/infer',
          ...(images ? { images } : {}),
        })),
        ...models.flatMap((model) =>
          Object.entries(defences).map(([defence, input]) => ({
            id: `${model.name}-${defence}`,
            path: `/predict/${model.name}/${defence}`,
            kind: 'predict',
            models: [model.name],
            upstream: model.name,
            upstreamPath: path,
            ...(input ? { input: { baseline: join(work, 'baseline.json'), ...input } } : {}),
          })),
        ),
      ],
      roles: { bench: [{ routes: ['*'], models: ['*'] }] },
      limits: {
        rate: { requestsPerMinute: 100_000_000, burst: 1_000_000 },
        concurrency: { perPrincipal: 10_000 },
      },
    }),
    keys,
    sink,
  });
  const address = await gateway.listen(0, '127.0.0.1');
  const gatewayUrl = `http://127.0.0.1:${address.port}`;

  /** One request per row through a route; the answers and the events each raised. */
  async function throughRoute(route: string, rows: number[][]): Promise<RouteResult> {
    const answers: string[] = [];
    const events: RouteResult['events'] = [];
    const started = performance.now();
    for (const row of rows) {
      const before = sink.events.length;
      const response = await request(`${gatewayUrl}/predict/${route}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [row] }] }),
      });
      const json = await response.body.json();
      answers.push(response.statusCode === 200 ? answerLabels(json)![0]! : `refused ${response.statusCode}`);
      events.push(...sink.events.slice(before));
    }
    return { answers, events, ms: (performance.now() - started) / rows.length };
  }

  const percent = (part: number, whole: number) =>
    whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '–';
  const report: string[] = [];
  for (const model of models) {
    const random = seededRandom(11);
    const ask = (rows: number[][]) => askModel(model.url, path, rows);
    const originals = await ask(attackSource.map((row) => row.features));
    const adversarial: Array<{ row: number[]; original: string }> = [];
    for (const [index, source] of attackSource.entries()) {
      const example = await evade(ask, source.features, spread, random);
      if (example) adversarial.push({ row: example, original: originals[index]! });
    }
    const adversarialAnswers = await ask(adversarial.map((item) => item.row));
    const meanDistance =
      adversarial.reduce(
        (sum, item, index) =>
          sum +
          Math.hypot(...item.row.map((value, f) => (value - attackSource[index]!.features[f]!) / spread[f]!)),
        0,
      ) / Math.max(1, adversarial.length);
    report.push(
      `\n## ${model.name}: attack found evasion examples for ${adversarial.length}/${attackSource.length} rows ` +
        `(${adversarialAnswers.filter((answer, index) => answer !== adversarial[index]!.original).length} change the answer on the undefended model); ` +
        `mean perturbation ${meanDistance.toFixed(2)} standard deviations`,
    );

    // Detection: each detector's flags on clean held-out rows (false positives) and on evasion examples.
    const clean = await throughRoute(
      `${model.name}/detect`,
      heldout.map((row) => row.features),
    );
    const attacked = await throughRoute(
      `${model.name}/detect`,
      adversarial.map((item) => item.row),
    );
    const flagged = (result: RouteResult, detector: string) =>
      new Set(
        result.events
          .filter((event) => event.kind === 'predict.input.anomaly' && event.attrs.detector === detector)
          .map((event) => event.attrs.request_id),
      );
    const violations = (result: RouteResult) =>
      new Set(
        result.events
          .filter((event) => event.kind === 'predict.input.violation')
          .map((event) => event.attrs.request_id),
      );
    report.push(
      '',
      '| detector | flagged clean held-out (FPR) | flagged evasion examples (TPR) |',
      '| --- | --- | --- |',
    );
    for (const detector of ['distance', 'squeeze']) {
      report.push(
        `| ${detector === 'distance' ? 'k-NN distance (k=5, conformal α=0.01, 50% of the sample calibrates: the default)' : 'feature squeezing (1 decimal)'} | ${percent(flagged(clean, detector).size, heldout.length)} | ${percent(flagged(attacked, detector).size, adversarial.length)} |`,
      );
    }
    const thirtyClean = await throughRoute(
      `${model.name}/detect-30`,
      heldout.map((row) => row.features),
    );
    const thirtyAttacked = await throughRoute(
      `${model.name}/detect-30`,
      adversarial.map((item) => item.row),
    );
    report.push(
      `| k-NN distance (k=5, conformal α=0.01, 30% of the sample calibrates) | ${percent(flagged(thirtyClean, 'distance').size, heldout.length)} | ${percent(flagged(thirtyAttacked, 'distance').size, adversarial.length)} |`,
    );
    // The distance score of every request (audit attribute), thresholded at the calibration rows' 99th percentile.
    const scores = (result: RouteResult) =>
      result.events
        .filter((event) => event.kind === 'inference.request')
        .map((event) => Number(event.attrs['predict.distance_score']));
    const calibrated = await throughRoute(
      `${model.name}/detect`,
      calibration.map((row) => row.features),
    );
    const sorted = scores(calibrated).sort((a, b) => a - b);
    const threshold = sorted[Math.ceil(0.99 * sorted.length) - 1]!;
    const over = (result: RouteResult) => scores(result).filter((score) => score > threshold).length;
    report.push(
      `| k-NN distance, threshold at the 99th percentile of ${calibration.length} separate clean rows (score ${threshold.toFixed(3)}) | ${percent(over(clean), heldout.length)} | ${percent(over(attacked), adversarial.length)} |`,
    );
    const either = (result: RouteResult) =>
      new Set([...flagged(result, 'distance'), ...flagged(result, 'squeeze')]);
    report.push(
      `| either | ${percent(either(clean).size, heldout.length)} | ${percent(either(attacked).size, adversarial.length)} |`,
      `| schema (outside the training range) | ${percent(violations(clean).size, heldout.length)} | ${percent(violations(attacked).size, adversarial.length)} |`,
    );

    report.push(
      '',
      '| defence | evasion success | clean accuracy | upstream calls per request | mean latency per request |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const defence of Object.keys(defences).filter((name) => !name.startsWith('detect'))) {
      const evaded = await throughRoute(
        `${model.name}/${defence}`,
        adversarial.map((item) => item.row),
      );
      const cleanRun = await throughRoute(
        `${model.name}/${defence}`,
        heldout.map((row) => row.features),
      );
      const success = evaded.answers.filter(
        (answer, index) => answer !== adversarial[index]!.original,
      ).length;
      const correct = cleanRun.answers.filter(
        (answer, index) => answer === model.truth(heldout[index]!),
      ).length;
      const calls = defence.startsWith('smooth') ? 10 : 1;
      report.push(
        `| ${defence} | ${percent(success, adversarial.length)} | ${percent(correct, heldout.length)} | ${calls} | ${cleanRun.ms.toFixed(2)} ms |`,
      );
    }
  }
  report.push(...(await distanceFprOverDraws(work)));
  report.push(
    ...(await measureImages(
      imageServer.url,
      async (route, image) => {
        const response = await request(`${gatewayUrl}/predict/image/${route}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            inputs: [{ name: 'image', datatype: 'BYTES', shape: [1], data: [image.toString('base64')] }],
          }),
        });
        const json = await response.body.json();
        return response.statusCode === 200 ? answerLabels(json)![0]! : `refused ${response.statusCode}`;
      },
      { test: imageCount, attacked: Math.floor(imageCount / 2) },
    )),
  );
  await imageServer.close();
  await gateway.close();
  keys.close();
  await demo.close();
  await softmaxServer.close();
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(
    `bench:classic: ${heldoutCount} clean held-out rows, ${attackedCount} attacked rows, ${directions} directions, ${imageCount} test images, Node ${process.version}\n${report.join('\n')}\n`,
  );
}

await main();
