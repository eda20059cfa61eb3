import { frameworkIds } from '../core/index.ts';
import type { Channel } from './types.ts';

// Checked against src/core/reference at module load: a typo throws instead of shipping.
const byScanner: Record<string, string[]> = {
  'invisible-text': frameworkIds('LLM01:2025', 'LLM05:2025', 'AML.T0051'),
  pii: frameworkIds('LLM02:2025', 'AML.T0057'),
  secrets: frameworkIds('LLM02:2025', 'AML.T0055', 'AML.T0057'),
  'custom-patterns': frameworkIds('LLM02:2025'),
  'injection-rules': frameworkIds('LLM01:2025', 'AML.T0051'),
  'prompt-injection': frameworkIds('LLM01:2025', 'AML.T0051'),
  canary: frameworkIds('LLM07:2025', 'AML.T0056', 'AML.T0057'),
  'system-prompt-leak': frameworkIds('LLM07:2025', 'AML.T0056'),
  'exfil-links': frameworkIds('LLM02:2025', 'LLM05:2025', 'AML.T0077', 'AML.T0024'),
};
const jailbreak = frameworkIds('LLM01:2025', 'AML.T0054');
const direct = frameworkIds('AML.T0051.000');
const indirect = frameworkIds('AML.T0051.001');

/** Framework ids (OWASP LLM Top 10 2025, MITRE ATLAS) for a scanner's findings. */
export function frameworksFor(scannerId: string, label?: string, channel?: Channel): string[] {
  if (label === 'jailbreak') return [...jailbreak];
  const base = byScanner[scannerId] ?? [];
  if (scannerId === 'injection-rules' || scannerId === 'prompt-injection') {
    return [...base, ...(channel === 'tool' ? indirect : direct)];
  }
  return [...base];
}
