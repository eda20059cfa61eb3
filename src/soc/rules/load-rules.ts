import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { RampartError, zodProblems } from '../../core/index.ts';
import { type ParsedRule, ruleSchema } from './rule-schema.ts';

/** The folder of rules shipped with Rampart. */
export const defaultRulesDirectory = join(import.meta.dirname, 'defaults');

/** Parse YAML text holding one rule or several (`---` separated). */
export function parseRules(text: string, sourceName = 'rules'): ParsedRule[] {
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  const documentList = Array.isArray(documents) ? documents : [documents];
  const rules: ParsedRule[] = [];
  documentList.forEach((document, index) => {
    if (document.errors.length > 0) {
      const first = document.errors[0]!;
      throw new RampartError('RAMPART_SOC_RULE_INVALID', `${sourceName}: YAML syntax error`, {
        details: document.errors.map((error) => ({
          path: error.linePos ? `line ${error.linePos[0].line}` : '(document)',
          message: (error.message.split('\n')[0] ?? first.message).trim(),
        })),
      });
    }
    const raw = document.toJS();
    if (raw === null || raw === undefined) return;
    const result = ruleSchema.safeParse(raw);
    if (!result.success) {
      const where = documentList.length > 1 ? `${sourceName} (document ${index + 1})` : sourceName;
      throw new RampartError('RAMPART_SOC_RULE_INVALID', `${where}: invalid rule`, {
        details: zodProblems(result.error, raw),
      });
    }
    rules.push(result.data);
  });
  return rules;
}

/** Load rules from YAML files or folders of *.yaml / *.yml files (sorted by name). */
export function loadRules(paths: readonly string[]): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = statSync(path).isDirectory()
        ? readdirSync(path)
            .filter((name) => /\.ya?ml$/.test(name))
            .sort()
            .map((name) => join(path, name))
        : [path];
    } catch (error) {
      throw new RampartError('RAMPART_IO', `cannot read rules from ${path}`, { cause: error });
    }
    const before = rules.length;
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new RampartError('RAMPART_IO', `cannot read ${file}`, { cause: error });
      }
      rules.push(...parseRules(text, file));
    }
    // A rules path that holds no rule would leave every event unwatched while looking configured.
    if (rules.length === before) {
      throw new RampartError(
        'RAMPART_SOC_RULE_INVALID',
        files.length === 0 ? `${path} holds no rule files (*.yaml, *.yml)` : `${path} holds no rules`,
        { hint: 'Point at a rule file or a folder of them (docs/soc.md lists the rule format).' },
      );
    }
  }
  return rules;
}

/** The rules shipped with Rampart. */
export function defaultRules(): ParsedRule[] {
  return loadRules([defaultRulesDirectory]);
}
