import { type Dataset, identifier } from './dataset.ts';
import type { DatasetProfile } from './profile.ts';

/**
 * A fixed-seed sample of feature rows kept in the baseline, for run-time checks that need the
 * training data itself rather than its summaries (k-NN distance to the training data, explanations
 * against a background sample). Numeric columns as numbers, categorical ones as strings, missing as null.
 */
export interface ProfileSample {
  columns: string[];
  rows: Array<Array<number | string | null>>;
}

/** Draw up to `size` rows (reservoir sample, fixed seed) of the profile's numeric and categorical features. */
export async function drawProfileSample(
  dataset: Dataset,
  profile: DatasetProfile,
  size: number,
  seed = 1,
): Promise<ProfileSample> {
  const features = profile.columns.filter(
    (column) => column.name !== profile.label && (column.kind === 'numeric' || column.kind === 'categorical'),
  );
  if (features.length === 0 || size <= 0) return { columns: [], rows: [] };
  const expressions = features.map((column) =>
    column.kind === 'numeric' ? `${identifier(column.name)}::DOUBLE` : `${identifier(column.name)}::VARCHAR`,
  );
  const sample =
    dataset.rowCount > size ? ` USING SAMPLE reservoir(${Math.floor(size)} ROWS) REPEATABLE (${seed})` : '';
  const columns = await dataset.queryColumns(`SELECT ${expressions.join(', ')} FROM data${sample}`);
  const count = columns[0]?.length ?? 0;
  const rows: ProfileSample['rows'] = [];
  for (let row = 0; row < count; row++) {
    rows.push(
      features.map((column, index) => {
        const value = columns[index]![row];
        if (value === null || value === undefined) return null;
        if (column.kind === 'numeric') {
          const number = typeof value === 'number' ? value : Number(value);
          return Number.isFinite(number) ? number : null;
        }
        return String(value);
      }),
    );
  }
  return { columns: features.map((column) => column.name), rows };
}
