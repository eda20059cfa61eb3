import { readFileSync } from 'node:fs';
import { RampartError, type SecurityEvent } from '../core/index.ts';
import { parseProfile } from '../data/index.ts';
import { explainPrediction, predictOverHttp } from '../monitor/index.ts';
import type { SocConfig } from '../soc/index.ts';

/**
 * The SOC's `explain` extension from soc.yaml's `explain:` entries: an event of a listed predict
 * route that carries its rows (`attrs.input_rows`, present when the route captures text) is explained
 * by Shapley sampling against the baseline sample, querying the configured predict URL. Baselines
 * are read once, at start; a missing sample is an error then, not at the first click.
 */
export function predictExplainer(
  entries: SocConfig['explain'],
): ((event: SecurityEvent) => Promise<unknown>) | undefined {
  if (entries.length === 0) return undefined;
  const routes = new Map(
    entries.map((entry) => {
      let text: string;
      try {
        text = readFileSync(entry.baseline, 'utf8');
      } catch (error) {
        throw new RampartError('RAMPART_IO', `could not read ${entry.baseline}`, { cause: error });
      }
      const sample = parseProfile(text, entry.baseline).sample;
      if (!sample || sample.rows.length === 0)
        throw new RampartError('RAMPART_CONFIG_INVALID', `explain: ${entry.baseline} has no sample rows`, {
          hint: 'profile the training data with `rampart data profile --sample-rows 500 --out ...`',
        });
      return [entry.route, { entry, sample }] as const;
    }),
  );
  return async (event) => {
    const target = routes.get(event.route ?? '');
    if (!target)
      throw new RampartError(
        'RAMPART_SOC_REQUEST_INVALID',
        `no explain endpoint is configured for route "${(event.route ?? '').slice(0, 100)}"`,
      );
    const rows = event.attrs.input_rows;
    if (!Array.isArray(rows) || !Array.isArray(rows[0]))
      throw new RampartError(
        'RAMPART_SOC_REQUEST_INVALID',
        'this event carries no input rows: only predict.input.* events of routes with captureText: true do',
      );
    const { entry, sample } = target;
    const named = event.attrs.features;
    const features = Array.isArray(named) ? named.map(String) : sample.columns;
    const positions = features.map((name) => sample.columns.indexOf(name));
    if (positions.some((position) => position < 0))
      throw new RampartError(
        'RAMPART_SOC_REQUEST_INVALID',
        "the event's features are not all in the baseline sample",
      );
    const background = sample.rows.map((values) => positions.map((position) => values[position] ?? null));
    const row = rows[0] as unknown[];
    const explanation = await explainPrediction(
      predictOverHttp({
        url: entry.url,
        features,
        protocol: entry.protocol,
        task: entry.task,
        ...(entry.apiKey ? { apiKey: entry.apiKey } : {}),
      }),
      row,
      features,
      background,
      { samples: entry.samples },
    );
    return { route: entry.route, task: entry.task, row, ...explanation };
  };
}
