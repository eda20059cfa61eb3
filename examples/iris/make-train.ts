/**
 * Writes examples/iris/train.csv: 900 iris-shaped rows from a seeded generator (per-species Gaussians
 * near the published iris figures), labelled by the demo model, the training data of the demo's
 * `iris` predict route in docs/classic-ml.md. Run: node --import tsx examples/iris/make-train.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { irisCsv, irisRows } from '../../test/support/iris-data.ts';

writeFileSync(join(import.meta.dirname, 'train.csv'), irisCsv(irisRows(900, 1)));
