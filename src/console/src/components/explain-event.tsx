import { useState } from 'react';
import { api } from '../api/client.ts';
import type { SecurityEvent } from '../api/types.ts';
import { ErrorBanner } from './feedback.tsx';

interface Explanation {
  /** A classifier's answer is a class; a regressor's a number, and the attributions share out its value. */
  task?: 'classification' | 'regression';
  target: string | number;
  baseValue: number;
  samples: number;
  queries: number;
  attributions: Array<{ feature: string; value: number; standardError: number }>;
}

/** True for predict-route findings that carry their input rows (routes with captureText on). */
export function explainable(event: SecurityEvent): boolean {
  return event.kind.startsWith('predict.input.') && Array.isArray(event.attrs.input_rows);
}

/** "Explain" on a predict-route event: asks the SOC for feature attributions of its first row. */
export function ExplainEvent({ event }: { event: SecurityEvent }) {
  const [explanation, setExplanation] = useState<Explanation>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setExplanation(await api.post<Explanation>(`/api/events/${event.id}/explain`));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const ranked = explanation
    ? [...explanation.attributions].sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    : [];
  return (
    <div className="explain">
      <button type="button" onClick={run} disabled={busy}>
        {busy ? 'Explaining…' : 'Explain this prediction'}
      </button>
      {error ? <ErrorBanner error={error} /> : null}
      {explanation ? (
        <table className="table" aria-label="Feature attributions">
          <caption>
            prediction <b>{String(explanation.target)}</b>;{' '}
            {explanation.task === 'regression'
              ? `mean prediction over the background ${explanation.baseValue.toFixed(3)}`
              : `background rate ${explanation.baseValue.toFixed(2)}`}
            ; {explanation.samples} permutations, {explanation.queries} rows queried
          </caption>
          <thead>
            <tr>
              <th>Feature</th>
              <th>Attribution</th>
              <th>± s.e.</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((item) => (
              <tr key={item.feature}>
                <td>{item.feature}</td>
                <td>{(item.value >= 0 ? '+' : '') + item.value.toFixed(3)}</td>
                <td>{item.standardError.toFixed(3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
