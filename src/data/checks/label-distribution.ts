import type { Finding } from '../../core/index.ts';
import { type DataCheck, round, skipped } from '../check.ts';
import { chiSquareGoodnessOfFit, populationStabilityIndex } from '../statistics.ts';

/**
 * Label distribution vs the baseline: chi-square goodness of fit with Cohen's w as effect size,
 * the population stability index, and classes that appeared or vanished.
 */
export const labelDistributionCheck: DataCheck = {
  id: 'label-distribution',
  needsLabel: true,
  title: 'Label distribution shift',
  async run({ current, baseline, policy }) {
    if (!policy.label) return skipped('no label column in the policy');
    if (!baseline) return skipped('no baseline to compare with');
    const options = policy.checks.labelDistribution;
    const before = baseline.labelDistribution;
    const now = current.labelDistribution;
    const classes = [...new Set([...Object.keys(before), ...Object.keys(now)])].sort();
    const observed = classes.map((name) => now[name] ?? 0);
    const expected = classes.map((name) => before[name] ?? 0);
    const test = chiSquareGoodnessOfFit(observed, expected);
    const psi = populationStabilityIndex(expected, observed);
    const added = classes.filter((name) => !(name in before));
    const vanished = classes.filter((name) => !(name in now));
    const findings: Finding[] = [];
    const finding = (what: string, message: string): Finding => ({
      ruleId: `data.label-distribution.${what}`,
      severity: options.severity,
      message,
      location: { detail: `column ${policy.label}` },
    });
    if (test.pValue < options.alpha && test.effectSize >= options.minEffectSize) {
      findings.push(
        finding(
          'shift',
          `label distribution shifted: chi-square ${round(test.statistic, 2)} (p=${test.pValue.toExponential(2)}), Cohen's w ${round(test.effectSize, 3)}`,
        ),
      );
    }
    if (psi > options.maxPsi)
      findings.push(finding('psi', `label PSI ${round(psi, 3)} exceeds ${options.maxPsi}`));
    if (options.failOnNewClass && added.length > 0)
      findings.push(finding('new-class', `new label class(es): ${added.join(', ')}`));
    if (options.failOnVanishedClass && vanished.length > 0)
      findings.push(finding('vanished-class', `label class(es) no longer present: ${vanished.join(', ')}`));
    const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0) || 1;
    const observedTotal = total(observed);
    const expectedTotal = total(expected);
    return {
      status: findings.length > 0 ? 'fail' : 'pass',
      summary:
        findings.length > 0
          ? findings.map((item) => item.message).join('; ')
          : `stable: PSI ${round(psi, 3)}, Cohen's w ${round(test.effectSize, 3)}`,
      metrics: {
        chiSquare: round(test.statistic, 4),
        pValue: test.pValue,
        cohensW: round(test.effectSize, 4),
        psi: round(psi, 4),
        newClasses: added.length,
        vanishedClasses: vanished.length,
      },
      findings,
      suspects: [],
      suspectCount: 0,
      charts: [
        {
          title: `label ${policy.label}: share per class`,
          labels: classes,
          series: [
            { name: 'baseline', values: expected.map((value) => round(value / expectedTotal, 4)) },
            { name: 'current', values: observed.map((value) => round(value / observedTotal, 4)) },
          ],
        },
      ],
    };
  },
};
