import type { SecurityEvent } from './api/types.ts';

/** Reading loosely shaped report fields (compliance controls, scan results) the same way everywhere. */

/** How a control's status reads at a glance: good (covered/enabled), partial (available), bad (not covered). */
export function statusTone(status: string): 'good' | 'partial' | 'bad' {
  const text = status.toLowerCase();
  if (/not|gap|missing|uncovered|fail|none/.test(text)) return 'bad';
  if (/available|partial|disabled|manual|unknown/.test(text)) return 'partial';
  return 'good';
}

/** What each status means, for the legend. */
export const statusMeaning: Record<string, string> = {
  covered: 'a feature or rule mapped to it produced its own events in the window (observed)',
  enabled: 'the configuration the SOC was given turns a mapped feature on; no events in the window yet',
  available: 'a Rampart feature addresses it, but it is off or left no evidence in the window',
  unknown:
    'its features are set in a configuration the SOC was not given (start the SOC with the gateway config)',
  'not-covered': 'no Rampart feature addresses it: cover it with another control',
};

/** Whether a scan/gate/run passed, read from the usual attribute names. */
export function passedOf(event: SecurityEvent): boolean | undefined {
  for (const name of ['passed', 'ok', 'verified', 'pass']) {
    const value = event.attrs[name];
    if (typeof value === 'boolean') return value;
  }
  // `rampart model scan` reports its verdict as rampart.verdict: clean passes; unsafe, malicious and error fail.
  const status =
    event.attrs.status ?? event.attrs.result ?? event.attrs.verdict ?? event.attrs['rampart.verdict'];
  if (typeof status === 'string') return /^(pass|passed|ok|success|verified|clean)$/i.test(status);
  if (event.decision === 'block') return false;
  return undefined;
}
