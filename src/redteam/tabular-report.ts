import { seededRandom } from '../core/index.ts';
import type { CategorySummary, RunSummary } from './run-summary.ts';
import { decisionEvasion, type EvasionBudgetRow, evasionByBudget, scoreEvasion } from './tabular/evasion.ts';
import { extractModel } from './tabular/extraction.ts';
import { featureSpaceOf } from './tabular/feature-space.ts';
import { type MembershipResult, membershipInference } from './tabular/membership.ts';
import type { PredictTarget } from './tabular/predict-target.ts';

export interface TabularAttackOptions {
  /** Inputs the attacker holds (public or sampled data), one array of numbers each. */
  rows: number[][];
  /** True labels of `rows` (membership inference needs them). */
  labels?: string[];
  /** Which rows are known to be training members (membership inference runs only with these). */
  members?: boolean[];
  /** The labels in the order of the target's scores. */
  classLabels?: string[];
  /** Perturbation budgets (normalised L-infinity) to report (default 0.05, 0.1, 0.2). */
  budgets?: number[];
  /** The budget whose evasion success the gate reads (default 0.1). */
  gateBudget?: number;
  /** Inputs attacked by each evasion attack (default 20). */
  attacks?: number;
  /** Queries per attacked input (default 500). */
  queryBudget?: number;
  /** Query counts to extract a surrogate with (default 1000). */
  extractionQueries?: number[];
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface TabularFindings {
  budgets: number[];
  gateBudget: number;
  decision: EvasionBudgetRow[];
  score: EvasionBudgetRow[];
  extraction: Array<{ queries: number; agreement: number; heldOut: number }>;
  membership?: MembershipResult;
  /** Rows sent to the target in all (evaluation included). */
  queries: number;
}

function category(name: string, probes: number, successRate: number): CategorySummary {
  const rounded = Math.round(successRate * 10_000) / 10_000;
  return {
    category: name,
    probes,
    succeeded: Math.round(probes * rounded),
    blocked: 0,
    resisted: probes - Math.round(probes * rounded),
    errors: 0,
    successRate: rounded,
  };
}

/** Evasion (decision- and score-based), extraction and, with members given, membership inference. */
export async function runTabularAttacks(
  target: PredictTarget,
  options: TabularAttackOptions,
): Promise<{ findings: TabularFindings; summary: RunSummary }> {
  const budgets = options.budgets ?? [0.05, 0.1, 0.2];
  const gateBudget = options.gateBudget ?? 0.1;
  const random = seededRandom(options.seed ?? 1);
  const space = featureSpaceOf(options.rows);
  const order = options.rows.map((_, index) => index).sort(() => random() - 0.5);
  const attacked = order
    .slice(0, Math.min(options.attacks ?? 20, options.rows.length))
    .map((index) => options.rows[index]!);
  const starts = order.slice(attacked.length, attacked.length + 40).map((index) => options.rows[index]!);
  const queryBudget = options.queryBudget ?? 500;
  const extractionQueries = options.extractionQueries ?? [1000];
  const total = attacked.length * (1 + budgets.length) + extractionQueries.length + (options.members ? 1 : 0);
  let done = 0;
  const tick = () => options.onProgress?.(++done, total);
  const before = target.queries;

  const decisionAttempts = [];
  for (const row of attacked) {
    decisionAttempts.push(
      await decisionEvasion(target, row, { space, queryBudget, budgets, random, starts }),
    );
    tick();
  }
  const score: EvasionBudgetRow[] = [];
  for (const budget of budgets) {
    const attempts = [];
    for (const row of attacked) {
      attempts.push(
        await scoreEvasion(target, row, { space, queryBudget, epsilon: budget, budgets: [budget], random }),
      );
      tick();
    }
    score.push(evasionByBudget(attempts, [budget])[0]!);
  }
  const heldOut = options.members ? options.rows.filter((_, index) => !options.members![index]) : attacked;
  const extraction = [];
  for (const queries of extractionQueries) {
    const result = await extractModel(target, { space, queries, random, heldOut });
    extraction.push({ queries, agreement: result.agreement, heldOut: result.heldOut });
    tick();
  }
  let membership: MembershipResult | undefined;
  if (options.members && options.labels) {
    const labelled = options.rows.map((row, index) => ({ row, label: options.labels![index]! }));
    membership = await membershipInference(
      target,
      labelled.filter((_, index) => options.members![index]),
      labelled.filter((_, index) => !options.members![index]),
      options.classLabels ?? [...new Set(options.labels)].sort(),
    );
    tick();
  }
  const decision = evasionByBudget(decisionAttempts, budgets);
  const at = (rows: EvasionBudgetRow[]) => rows.find((row) => row.budget === gateBudget)?.successRate ?? 0;
  const categories = [
    category('evasion-decision', attacked.length, at(decision)),
    category('evasion-score', attacked.length, at(score)),
    category('extraction', extraction.at(-1)?.heldOut ?? 0, extraction.at(-1)?.agreement ?? 0),
    ...(membership ? [category('membership', membership.queries, Math.max(0, membership.advantage))] : []),
  ];
  const overallRate = Math.max(...categories.map((entry) => entry.successRate));
  return {
    findings: {
      budgets,
      gateBudget,
      decision,
      score,
      extraction,
      ...(membership ? { membership } : {}),
      queries: target.queries - before,
    },
    summary: {
      categories,
      overall: category('all attacks', attacked.length, overallRate),
      notRun: 0,
      complete: true,
    },
  };
}
