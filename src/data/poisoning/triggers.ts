/**
 * Backdoor-trigger candidates in labelled text: tokens that are rare overall yet almost always
 * carry one label, scored by how strongly the *rest* of each row's text disagrees with that label.
 * A natural class word ("unsubscribe" in spam) sits in rows whose other words agree with the
 * label; a planted trigger sits in rows whose other words point elsewhere.
 */
export interface TokenLabelCounts {
  /** token → label → number of rows containing the token. */
  counts: Map<string, Map<string, number>>;
  /** label → number of rows. */
  rowsPerLabel: Map<string, number>;
}

export interface TriggerCandidate {
  token: string;
  label: string;
  support: number;
  purity: number;
  /** Mean of 1 − P(label | the row's other tokens) over the rows that contain the token. */
  contextDisagreement: number;
  score: number;
}

export interface TriggerOptions {
  minSupport: number;
  maxDocumentFraction: number;
  minPurity: number;
}

/** Tokens that pass the support, rarity and purity filters, best purity × support first. */
export function triggerCandidates(
  stats: TokenLabelCounts,
  options: TriggerOptions,
): Array<Omit<TriggerCandidate, 'contextDisagreement' | 'score'>> {
  const total = [...stats.rowsPerLabel.values()].reduce((sum, value) => sum + value, 0);
  const out: Array<Omit<TriggerCandidate, 'contextDisagreement' | 'score'>> = [];
  for (const [token, byLabel] of stats.counts) {
    let support = 0;
    let bestLabel = '';
    let best = 0;
    for (const [label, count] of byLabel) {
      support += count;
      if (count > best) {
        best = count;
        bestLabel = label;
      }
    }
    if (support < options.minSupport || support > options.maxDocumentFraction * total) continue;
    const purity = best / support;
    if (purity < options.minPurity) continue;
    out.push({ token, label: bestLabel, support, purity });
  }
  return out.sort(
    (a, b) =>
      b.purity * Math.log(1 + b.support) - a.purity * Math.log(1 + a.support) || (a.token < b.token ? -1 : 1),
  );
}

/**
 * A multinomial naive Bayes over token presence, fitted on the same counts; `posterior` scores a
 * row's tokens minus the ones in `exclude`.
 */
export class TokenNaiveBayes {
  private readonly labels: string[];
  private readonly logPrior: number[];
  private readonly totals: number[];
  private readonly vocabulary: number;

  constructor(private readonly stats: TokenLabelCounts) {
    this.labels = [...stats.rowsPerLabel.keys()].sort();
    const rows = [...stats.rowsPerLabel.values()].reduce((sum, value) => sum + value, 0);
    this.logPrior = this.labels.map((label) =>
      Math.log((stats.rowsPerLabel.get(label)! + 1) / (rows + this.labels.length)),
    );
    this.totals = this.labels.map(() => 0);
    for (const byLabel of stats.counts.values()) {
      this.labels.forEach((label, index) => {
        this.totals[index]! += byLabel.get(label) ?? 0;
      });
    }
    this.vocabulary = stats.counts.size;
  }

  /** P(label | tokens \ exclude), for every label. */
  posterior(tokens: readonly string[], exclude: ReadonlySet<string>): Map<string, number> {
    const scores = this.logPrior.slice();
    for (const token of tokens) {
      if (exclude.has(token)) continue;
      const byLabel = this.stats.counts.get(token);
      if (!byLabel) continue;
      this.labels.forEach((label, index) => {
        scores[index]! += Math.log(((byLabel.get(label) ?? 0) + 1) / (this.totals[index]! + this.vocabulary));
      });
    }
    const top = Math.max(...scores);
    const weights = scores.map((score) => Math.exp(score - top));
    const sum = weights.reduce((total, value) => total + value, 0);
    return new Map(this.labels.map((label, index) => [label, weights[index]! / sum]));
  }
}

/** Score candidates: purity × mean context disagreement over (a sample of) their rows. */
export function scoreTriggers(
  candidates: ReadonlyArray<Omit<TriggerCandidate, 'contextDisagreement' | 'score'>>,
  rowsByToken: ReadonlyMap<string, ReadonlyArray<readonly string[]>>,
  model: TokenNaiveBayes,
): TriggerCandidate[] {
  return candidates
    .map((candidate) => {
      const rows = rowsByToken.get(candidate.token) ?? [];
      const exclude = new Set([candidate.token]);
      let disagreement = 0;
      for (const tokens of rows)
        disagreement += 1 - (model.posterior(tokens, exclude).get(candidate.label) ?? 0);
      const contextDisagreement = rows.length > 0 ? disagreement / rows.length : 0;
      return { ...candidate, contextDisagreement, score: candidate.purity * contextDisagreement };
    })
    .sort((a, b) => b.score - a.score || b.support - a.support || (a.token < b.token ? -1 : 1));
}
