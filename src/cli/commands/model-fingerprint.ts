import { readFileSync, writeFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import {
  buildClassifierFingerprint,
  buildLlmFingerprint,
  checkFingerprint,
  type FingerprintCheck,
  fingerprintAgreement,
  httpClassifier,
  httpCompleter,
  parseFingerprint,
} from '../../model/index.ts';
import { exitCodes } from '../render-error.ts';
import { repeatedFlag } from '../repeated-flag.ts';

function headersOf(rawArgs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    repeatedFlag(rawArgs, 'header').map((text) => {
      const colon = text.indexOf(':');
      if (colon <= 0)
        throw new RampartError('RAMPART_USAGE', `--header expects "Name: value", got '${text}'`, {
          hint: 'e.g. --header "Authorization: Bearer rk_..."',
        });
      return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
    }),
  );
}

function rangesOf(text: string | undefined): Array<[number, number]> {
  const ranges = (text ?? '').split(',').map((part) => part.split(':').map(Number));
  if (
    !text ||
    ranges.some((range) => range.length !== 2 || !range.every(Number.isFinite) || range[0]! >= range[1]!)
  )
    throw new RampartError(
      'RAMPART_USAGE',
      '--ranges expects low:high per feature, e.g. 4:8,2:4.5,1:7,0.1:2.6',
      {
        hint: 'Give the range of every input feature, in order.',
      },
    );
  return ranges as Array<[number, number]>;
}

const shared = {
  endpoint: {
    type: 'string',
    required: true,
    description: 'KServe v2 predict URL, or chat completions URL (--kind llm)',
  },
  model: { type: 'string', description: 'LLM: the model name sent in requests' },
  header: { type: 'string', description: 'Request header "Name: value" for every endpoint (repeatable)' },
  reference: {
    type: 'string',
    description:
      'Endpoint of an independently trained model of the same task (repeatable): the null hypothesis',
  },
} as const;

const check = defineCommand({
  meta: {
    name: 'check',
    description:
      'Estimate whether a suspect endpoint is a copy of the fingerprinted model (agreement and p-value).',
  },
  args: {
    ...shared,
    fingerprint: {
      type: 'string',
      required: true,
      description: 'The fingerprint file (from rampart model fingerprint)',
    },
    alpha: {
      type: 'string',
      default: '0.01',
      description: 'p-value below which the suspect is reported as a copy',
    },
    format: { type: 'string', default: 'table', description: 'table | json' },
  },
  async run({ args, rawArgs }) {
    let fingerprint: ReturnType<typeof parseFingerprint>;
    try {
      fingerprint = parseFingerprint(JSON.parse(readFileSync(args.fingerprint, 'utf8')));
    } catch (error) {
      if (RampartError.is(error)) throw error;
      throw new RampartError('RAMPART_IO', `cannot read the fingerprint ${args.fingerprint}`, {
        cause: error,
      });
    }
    const headers = headersOf(rawArgs);
    const model = args.model ?? (fingerprint.kind === 'llm' ? fingerprint.model : '');
    const suspect =
      fingerprint.kind === 'classifier'
        ? { classifier: httpClassifier(args.endpoint, headers) }
        : { completer: httpCompleter(args.endpoint, model, headers) };
    const extra: number[] = [];
    for (const url of repeatedFlag(rawArgs, 'reference')) {
      const reference =
        fingerprint.kind === 'classifier'
          ? { classifier: httpClassifier(url, headers) }
          : { completer: httpCompleter(url, model, headers) };
      const { matches, points } = await fingerprintAgreement(fingerprint, reference);
      extra.push(matches / points);
    }
    const result: FingerprintCheck = await checkFingerprint(fingerprint, suspect, extra);
    const alpha = Number(args.alpha);
    const copy = result.pValue < alpha;
    if (args.format === 'json') process.stdout.write(`${JSON.stringify({ ...result, alpha, copy })}\n`);
    else
      process.stdout.write(
        `agreement ${result.matches}/${result.points} (${(result.agreement * 100).toFixed(1)}%), independent references ${result.references.map((value) => `${(value * 100).toFixed(1)}%`).join(', ')}\n` +
          `p-value ${result.pValue.toExponential(2)}: ${copy ? 'likely a copy of the fingerprinted model' : 'no evidence of copying'} (alpha ${alpha})\n`,
      );
    process.exitCode = exitCodes.ok;
  },
});

/**
 * `rampart model fingerprint --endpoint URL --ranges ... --reference URL --out FILE`: build a
 * fingerprint of the owner's model (boundary points of a classifier, or canary prompts of an LLM
 * with --kind llm); `rampart model fingerprint check` compares a suspect endpoint with it.
 */
export default defineCommand({
  meta: {
    name: 'fingerprint',
    description: 'Build a fingerprint of your model from its endpoint (then: fingerprint check a suspect).',
  },
  args: {
    ...shared,
    endpoint: {
      type: 'string',
      description: "Your model's KServe v2 predict URL, or chat completions URL with --kind llm (required)",
    },
    kind: { type: 'string', default: 'classifier', description: 'classifier | llm' },
    ranges: { type: 'string', description: 'classifier: low:high of each feature, comma-separated' },
    points: {
      type: 'string',
      default: '100',
      description: 'Boundary points (classifier) or canary prompts (llm)',
    },
    seed: { type: 'string', description: 'Random seed (default: the time)' },
    // Not `required` here: citty would then demand them of `fingerprint check` too.
    out: { type: 'string', description: 'Where to write the fingerprint (JSON) (required)' },
  },
  subCommands: { check },
  async run({ args, rawArgs }) {
    // citty runs a parent's run after its subcommand's: `fingerprint check` has already run.
    if (rawArgs[0] === 'check') return;
    if (!args.endpoint || !args.out)
      throw new RampartError('RAMPART_USAGE', 'rampart model fingerprint needs --endpoint and --out', {
        hint: 'e.g. rampart model fingerprint --endpoint URL --ranges 4:8,2:4.5 --reference URL --out fp.json',
      });
    const headers = headersOf(rawArgs);
    const references = repeatedFlag(rawArgs, 'reference');
    const count = Number(args.points);
    const seed = args.seed === undefined ? undefined : Number(args.seed);
    let fingerprint: Awaited<ReturnType<typeof buildClassifierFingerprint | typeof buildLlmFingerprint>>;
    if (args.kind === 'llm') {
      if (!args.model) throw new RampartError('RAMPART_USAGE', '--kind llm needs --model');
      fingerprint = await buildLlmFingerprint(httpCompleter(args.endpoint, args.model, headers), args.model, {
        prompts: count,
        ...(seed === undefined ? {} : { seed }),
        references: references.map((url) => httpCompleter(url, args.model!, headers)),
      });
    } else {
      fingerprint = await buildClassifierFingerprint(
        httpClassifier(args.endpoint, headers),
        rangesOf(args.ranges),
        {
          points: count,
          ...(seed === undefined ? {} : { seed }),
          references: references.map((url) => httpClassifier(url, headers)),
        },
      );
    }
    writeFileSync(args.out, `${JSON.stringify(fingerprint)}\n`);
    const size = fingerprint.kind === 'classifier' ? fingerprint.points.length : fingerprint.prompts.length;
    process.stdout.write(
      `${fingerprint.kind} fingerprint: ${size} ${fingerprint.kind === 'classifier' ? 'boundary points' : 'canary prompts'}, references agree ${fingerprint.references.map((value) => `${(value * 100).toFixed(1)}%`).join(', ') || '(none)'} -> ${args.out}\n`,
    );
    process.exitCode = exitCodes.ok;
  },
});
