import euAiAct from './reference/eu-ai-act.json' with { type: 'json' };
import atlas from './reference/mitre-atlas.json' with { type: 'json' };
import nist from './reference/nist-ai-rmf.json' with { type: 'json' };
import owasp from './reference/owasp-llm-top10-2025.json' with { type: 'json' };

export type FrameworkName = 'owasp-llm' | 'atlas' | 'nist-ai-rmf';

export interface FrameworkEntry {
  id: string;
  framework: FrameworkName;
  name: string;
}

function buildIndex(): Map<string, FrameworkEntry> {
  const index = new Map<string, FrameworkEntry>();
  for (const entry of owasp.entries)
    index.set(entry.id, { id: entry.id, framework: 'owasp-llm', name: entry.title });
  for (const technique of atlas.techniques) {
    index.set(technique.id, { id: technique.id, framework: 'atlas', name: technique.name });
  }
  for (const tactic of atlas.tactics)
    index.set(tactic.id, { id: tactic.id, framework: 'atlas', name: tactic.name });
  for (const fn of nist.functions) {
    for (const category of fn.categories as Array<{
      id: string;
      summary: string;
      subcategories?: Array<{ id: string; summary?: string }>;
    }>) {
      index.set(category.id, { id: category.id, framework: 'nist-ai-rmf', name: category.summary });
      for (const sub of category.subcategories ?? []) {
        index.set(sub.id, { id: sub.id, framework: 'nist-ai-rmf', name: sub.summary ?? sub.id });
      }
    }
  }
  return index;
}

const index = buildIndex();

/** Look up a framework id ('LLM01:2025', 'AML.T0051', 'MEASURE 2.7'). */
export function frameworkEntry(id: string): FrameworkEntry | undefined {
  return index.get(id);
}

/** Throws on an unknown id, so a typo in a mapping fails a test instead of shipping. */
export function frameworkIds(...ids: string[]): string[] {
  for (const id of ids) {
    if (!index.has(id)) throw new Error(`unknown framework id: ${id}`);
  }
  return ids;
}

export function allFrameworkEntries(): FrameworkEntry[] {
  return [...index.values()];
}

/** The full reference documents (ids, names, relations) shipped in src/core/reference/. */
export const frameworkReferences = { owasp, atlas, nist, euAiAct } as const;
