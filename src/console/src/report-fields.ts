import type { ComplianceControl, SecurityEvent } from './api/types.ts';

/** Reading loosely shaped report fields (compliance controls, scan results) the same way everywhere. */

/** A control's state in one word, from whichever field the report uses. */
export function controlState(control: ComplianceControl): string {
  if (typeof control.status === 'string' && control.status) return control.status;
  if (typeof control.coverage === 'string' && control.coverage) return control.coverage;
  if (control.covered === true) return control.enabled === false ? 'covered (disabled)' : 'covered';
  if (control.covered === false) return 'not covered';
  return 'unknown';
}

export function stateTone(state: string): string {
  const text = state.toLowerCase();
  if (/not|gap|missing|uncovered|fail|none/.test(text)) return 'bad';
  if (/partial|disabled|manual|unknown/.test(text)) return 'partial';
  return 'good';
}

/** Whether a scan/gate/run passed, read from the usual attribute names. */
export function passedOf(event: SecurityEvent): boolean | undefined {
  for (const name of ['passed', 'ok', 'verified', 'pass']) {
    const value = event.attrs[name];
    if (typeof value === 'boolean') return value;
  }
  const status = event.attrs.status ?? event.attrs.result ?? event.attrs.verdict;
  if (typeof status === 'string') return /^(pass|passed|ok|success|verified|clean)$/i.test(status);
  if (event.decision === 'block') return false;
  return undefined;
}
