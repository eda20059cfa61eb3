/**
 * A count with its noun in the right number: `countNoun(1, 'detection')` is "1 detection",
 * `countNoun(2, 'detection')` is "2 detections". Pass the plural for irregular nouns
 * (`countNoun(3, 'entry', 'entries')`).
 */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
