/**
 * Backdoor-trigger candidates in labelled text: tokens that are rare overall yet mostly carry one
 * label, scored by how strongly the *rest* of each row's text disagrees with that label, and
 * discounted by "companions". A planted trigger sits in a random set of rows of another class:
 * the rest of their text points elsewhere and no other rare token follows it around. A natural
 * class word ("unsubscribe" in spam) sits in rows whose other words agree with the label, or comes
 * from one template or sender and brings many companion tokens with it.
 */
export interface TokenStatistic {
  token: string;
  /** The label the token mostly carries. */
  label: string;
  /** Rows that contain the token (any label). */
  support: number;
  /** Rows that contain the token and carry `label`. */
  labelled: number;
  /**
   * Mean over those labelled rows of 1 − P(label | the row's other tokens), from a naive Bayes
   * model over token presence fitted on the same data.
   */
  contextDisagreement: number;
}

export interface TriggerCandidate extends TokenStatistic {
  purity: number;
  /** Rare tokens found in at least half of the token's labelled rows too. */
  companions: number;
  score: number;
}

export interface TriggerOptions {
  minSupport: number;
  maxDocumentFraction: number;
  minPurity: number;
}

/** Tokens that pass the support, rarity and purity filters, ranked by purity × context disagreement. */
export function rankTokens(
  statistics: readonly TokenStatistic[],
  rows: number,
  options: TriggerOptions,
): Array<Omit<TriggerCandidate, 'companions' | 'score'> & { preliminary: number }> {
  return statistics
    .filter(
      (item) =>
        item.support >= options.minSupport &&
        item.support <= options.maxDocumentFraction * rows &&
        item.labelled / item.support >= options.minPurity,
    )
    .map((item) => {
      const purity = item.labelled / item.support;
      return { ...item, purity, preliminary: purity * item.contextDisagreement };
    })
    .sort((a, b) => b.preliminary - a.preliminary || b.support - a.support || (a.token < b.token ? -1 : 1));
}

/** Final score: purity × context disagreement ÷ (1 + companions), in [0, 1]. */
export function triggerScore(purity: number, contextDisagreement: number, companions: number): number {
  return (purity * contextDisagreement) / (1 + companions);
}
