import type { Finding } from '../../core/index.ts';
import { ruleFinding } from '../scan-rules.ts';

/**
 * Spot Jinja2 templates that reach Python internals (server-side template injection). Templates
 * are normalised first so escapes (`\x5f\x5f`), string concatenation (`'__cla' ~ 'ss__'`) and the
 * `attr()` filter do not hide a dunder.
 */
const escapes = /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\([0-7]{1,3})/g;
const concatenation = /(['"])\s*(?:~|\+)\s*\1/g;
const joinCall = /(['"])\s*,\s*\1/g;
const dunder = /__[A-Za-z][A-Za-z0-9_]*__/g;
const dangerousNames =
  /\b(?:os\.(?:system|popen|exec\w*|spawn\w*)|subprocess|popen|__import__|import_module|eval\s*\(|exec\s*\(|builtins|func_globals|f_globals|gi_frame|_TemplateReference__context|_module\.__|mro\s*\(|from_pyfile|load_module)\b/g;
/** Ways to build `_` or call attributes by name at render time: attr(), format(95), %c, chr(95). */
const indirection = /\|\s*attr\s*\(|\bformat\s*\(\s*95\b|%c%c|\bchr\s*\(\s*95\b|\.__getattribute__/g;

function normalise(template: string): string {
  return template
    .replace(escapes, (_, hex?: string, unicode?: string, octal?: string) =>
      String.fromCharCode(Number.parseInt(hex ?? unicode ?? octal ?? '0', hex || unicode ? 16 : 8)),
    )
    .replace(concatenation, '')
    .replace(joinCall, '');
}

/** The internals a template reaches, e.g. ['__globals__', '__builtins__']; empty when none. */
export function templateInjection(template: string): string[] {
  const text = normalise(template.length > 1 << 20 ? template.slice(0, 1 << 20) : template);
  const reached = new Set<string>();
  for (const match of text.matchAll(dunder)) reached.add(match[0]);
  for (const match of text.matchAll(dangerousNames)) reached.add(match[0].replace(/\s*\($/, ''));
  for (const match of text.matchAll(indirection)) reached.add(match[0].replace(/\s+/g, ''));
  return [...reached];
}

/** A finding for each chat template that reaches Python internals. */
export function templateFindings(
  ruleId: 'gguf.template-injection' | 'tokenizer.template-injection',
  templates: ReadonlyArray<{ name: string; text: string; offset: number }>,
): Finding[] {
  const findings: Finding[] = [];
  for (const template of templates) {
    const reach = templateInjection(template.text);
    if (reach.length === 0) continue;
    findings.push(
      ruleFinding(
        ruleId,
        `${template.name} reaches Python internals (${reach.slice(0, 6).join(', ')}): a Jinja2 renderer without a sandbox runs it`,
        { offset: template.offset, detail: template.name },
        { reach },
      ),
    );
  }
  return findings;
}
