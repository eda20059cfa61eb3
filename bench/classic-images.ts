/**
 * The image half of bench:classic: a linear classifier of 16×16 grey images (vertical or horizontal
 * bar on a noisy background) behind a predict route with each image sanitiser, against two
 * transfer-and-query attacks built on the attacker's own surrogate model: dense (every pixel moved by
 * ±ε, smallest ε that flips the answer) and sparse (the k most useful pixels set to black or white,
 * smallest k that flips it).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { request } from 'undici';
import { answerLabels, seededRandom } from '../src/core/index.ts';

const side = 16;
const pixels = side * side;
type Image = { pixels: Float64Array; label: 'vertical' | 'horizontal' };

function images(count: number, seed: number): Image[] {
  const random = seededRandom(seed);
  const gaussian = () =>
    Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, (_, index) => {
    const label = index % 2 === 0 ? 'vertical' : 'horizontal';
    const offset = Math.floor(random() * 7) - 3;
    const image = new Float64Array(pixels);
    for (let row = 0; row < side; row++)
      for (let column = 0; column < side; column++) {
        const onBar =
          label === 'vertical' ? Math.abs(column - 7.5 - offset) < 2 : Math.abs(row - 7.5 - offset) < 2;
        image[row * side + column] = Math.min(255, Math.max(0, (onBar ? 170 : 110) + gaussian() * 25));
      }
    return { pixels: image, label };
  });
}

/** Class-mean difference (Fisher-like without covariance): score > 0 means vertical. */
function linearModel(training: Image[]) {
  const mean = (label: Image['label']) => {
    const sum = new Float64Array(pixels);
    const members = training.filter((image) => image.label === label);
    for (const image of members)
      for (let index = 0; index < pixels; index++) sum[index]! += image.pixels[index]!;
    return sum.map((value) => value / members.length);
  };
  const vertical = mean('vertical');
  const horizontal = mean('horizontal');
  const weights = vertical.map((value, index) => value - horizontal[index]!);
  const middle = vertical.map((value, index) => (value + horizontal[index]!) / 2);
  return {
    weights,
    classify: (image: Float64Array) =>
      image.reduce((sum, value, index) => sum + (value - middle[index]!) * weights[index]!, 0) > 0
        ? 'vertical'
        : 'horizontal',
  };
}

const png = (image: Float64Array) =>
  sharp(Buffer.from(image.map((value) => Math.round(Math.min(255, Math.max(0, value))))), {
    raw: { width: side, height: side, channels: 1 },
  })
    .png()
    .toBuffer();

/** A KServe v2 image model: decodes each BYTES image (any format sharp reads) and classifies it. */
export async function serveImageModel(classify: (image: Float64Array) => string) {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        inputs: Array<{ data: string[] }>;
      };
      const labels = await Promise.all(
        body.inputs[0]!.data.map(async (encoded) => {
          const raw = await sharp(Buffer.from(encoded, 'base64'))
            .greyscale()
            .resize(side, side)
            .raw()
            .toBuffer();
          return classify(Float64Array.from(raw));
        }),
      );
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

export const imageRoutes: Record<string, Record<string, number> | undefined> = {
  none: undefined,
  'jpeg-75': { jpegQuality: 75 },
  'bit-depth-3': { bitDepth: 3 },
  'median-3': { median: 3 },
  'all-three': { median: 3, bitDepth: 3, jpegQuality: 75 },
};

/**
 * Run the image measurement: craft examples against the undefended model at `modelUrl`, then send
 * clean and adversarial images through `send(route, png)` for each route of `imageRoutes`.
 */
export async function measureImages(
  modelUrl: string,
  send: (route: string, image: Buffer) => Promise<string>,
  counts: { test: number; attacked: number },
): Promise<string[]> {
  const surrogate = linearModel(images(400, 22));
  const test = images(counts.test, 21);
  const ask = async (image: Float64Array) => {
    const response = await request(`${modelUrl}/v2/models/bars/infer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        inputs: [
          { name: 'image', datatype: 'BYTES', shape: [1], data: [(await png(image)).toString('base64')] },
        ],
      }),
    });
    return answerLabels(await response.body.json())![0]!;
  };
  const direction = surrogate.weights.map(Math.sign);
  const useful = [...surrogate.weights.keys()].sort(
    (a, b) => Math.abs(surrogate.weights[b]!) - Math.abs(surrogate.weights[a]!),
  );
  const dense = (image: Image, size: number) =>
    image.pixels.map(
      (value, index) => value + (image.label === 'vertical' ? -1 : 1) * size * direction[index]!,
    );
  const sparse = (image: Image, count: number) => {
    const next = Float64Array.from(image.pixels);
    const toward = image.label === 'vertical' ? -1 : 1;
    for (const index of useful.slice(0, count))
      next[index] = toward * surrogate.weights[index]! > 0 ? 255 : 0;
    return next;
  };
  const attacked = test.slice(0, counts.attacked);
  const examples: Record<'dense' | 'sparse', Array<{ image: Float64Array; original: string }>> = {
    dense: [],
    sparse: [],
  };
  const sizes: Record<'dense' | 'sparse', number[]> = { dense: [], sparse: [] };
  for (const image of attacked) {
    const original = await ask(image.pixels);
    // Smallest flipping ε (grey levels) by bisection, and smallest flipping k by bisection.
    for (const [kind, build, high] of [
      ['dense', dense, 64],
      ['sparse', sparse, pixels],
    ] as const) {
      if ((await ask(build(image, high))) === original) continue;
      let low = 0;
      let top = high;
      while (top - low > 1) {
        const middle = Math.floor((low + top) / 2);
        if ((await ask(build(image, middle))) !== original) top = middle;
        else low = middle;
      }
      examples[kind].push({ image: build(image, top), original });
      sizes[kind].push(top);
    }
  }
  const mean = (values: number[]) =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const lines = [
    '',
    `## image model (linear, 16×16 grey bars): dense attack found ${examples.dense.length}/${attacked.length} (mean ε ${mean(sizes.dense).toFixed(1)} grey levels of 255), sparse attack ${examples.sparse.length}/${attacked.length} (mean ${mean(sizes.sparse).toFixed(1)} pixels of ${pixels})`,
    '',
    '| sanitiser | evasion success, dense | evasion success, sparse | clean accuracy |',
    '| --- | --- | --- | --- |',
  ];
  const percent = (part: number, whole: number) =>
    whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '–';
  for (const route of Object.keys(imageRoutes)) {
    const success = async (list: Array<{ image: Float64Array; original: string }>) => {
      let count = 0;
      for (const item of list) if ((await send(route, await png(item.image))) !== item.original) count++;
      return percent(count, list.length);
    };
    let correct = 0;
    for (const image of test) if ((await send(route, await png(image.pixels))) === image.label) correct++;
    lines.push(
      `| ${route} | ${await success(examples.dense)} | ${await success(examples.sparse)} | ${percent(correct, test.length)} |`,
    );
  }
  return lines;
}

export function imageModel() {
  return linearModel(images(400, 20));
}
