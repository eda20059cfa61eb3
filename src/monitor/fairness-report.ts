import { createEvent, frameworkIds, type SecurityEvent } from '../core/index.ts';
import type { FairnessReport, Interval } from './fairness.ts';

const number = (value: number | undefined, digits = 3) =>
  value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
const interval = (value: Interval | undefined) =>
  value ? `${number(value.value)} [${number(value.low)}, ${number(value.high)}]` : '–';

/** The report as a table for people. */
export function renderFairnessText(report: FairnessReport, protectedColumn: string): string {
  const header = ['group', 'rows', 'selection', 'TPR', 'DP diff', 'EO diff', 'DI ratio', 'result'];
  const rows = report.groups.map((group) => [
    group.group === report.reference ? `${group.group} (reference)` : group.group,
    String(group.count),
    number(group.selectionRate),
    number(group.truePositiveRate),
    interval(group.demographicParityDifference),
    interval(group.equalOpportunityDifference),
    interval(group.disparateImpactRatio),
    group.failsFourFifths
      ? 'FAIL four-fifths'
      : group.failsDifference
        ? 'FAIL difference'
        : group.group === report.reference
          ? '–'
          : group.gated
            ? 'ok'
            : `not gated (< ${report.minGroupSize} rows)`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [
    `fairness by ${protectedColumn}: ${report.rows} predictions, reference group "${report.reference}", ${Math.round(report.confidence * 100)}% bootstrap intervals (${report.resamples} resamples)`,
    line(header),
    ...rows.map(line),
    report.passed
      ? `PASSED: every group's disparate-impact ratio ≥ ${report.minRatio} and differences ≤ ${report.maxDifference}`
      : `FAILED: ${report.groups.filter((group) => group.failsFourFifths || group.failsDifference).length} group(s) over the limits (ratio < ${report.minRatio} or |difference| > ${report.maxDifference})`,
  ].join('\n');
}

/** One `monitor.fairness.result` event for the SOC (block when the gate failed). */
export function fairnessEvent(
  report: FairnessReport,
  details: { model?: string; protected: string; log: string },
): SecurityEvent {
  return createEvent({
    source: 'monitor',
    kind: 'monitor.fairness.result',
    severity: report.passed ? 'info' : 'high',
    decision: report.passed ? 'allow' : 'block',
    ...(details.model ? { model: details.model } : {}),
    attrs: {
      passed: report.passed,
      protected: details.protected,
      log: details.log,
      rows: report.rows,
      reference: report.reference,
      min_ratio: report.minRatio,
      max_difference: report.maxDifference,
      groups: report.groups.map((group) => ({
        group: group.group,
        count: group.count,
        selection_rate: group.selectionRate,
        demographic_parity_difference: group.demographicParityDifference.value,
        equal_opportunity_difference: group.equalOpportunityDifference?.value ?? null,
        disparate_impact_ratio: group.disparateImpactRatio.value,
        disparate_impact_interval: [group.disparateImpactRatio.low, group.disparateImpactRatio.high],
        fails_four_fifths: group.failsFourFifths,
      })),
    },
    frameworks: frameworkIds('MEASURE 2.11', 'MAP 2.3'),
  });
}
