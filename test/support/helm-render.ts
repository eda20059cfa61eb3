/**
 * Renders the Rampart Helm chart without helm, for tests on machines where helm cannot be installed
 * (it is not packaged for Debian or npm). It implements only the Go-template subset the chart uses:
 * `{{ .Values.x }}`, `{{- ... -}}` trimming, `if`/`else`/`end` (with `not`), `define`/`include`, and the
 * functions `toYaml`, `nindent`, `quote`, `b64enc`, `required`. Anything else throws, so a template that
 * grows past the subset fails the test instead of rendering wrongly. CI with helm should also run
 * `helm lint` and `helm template` (docs/deploy.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

type Node =
  | { type: 'text'; text: string }
  | { type: 'output'; expression: string }
  | { type: 'if'; condition: string; whenTrue: Node[]; otherwise: Node[] }
  | { type: 'define'; name: string; body: Node[] };

type Context = Record<string, unknown>;

function lex(source: string): Array<{ text: string } | { action: string }> {
  const tokens: Array<{ text: string } | { action: string }> = [];
  let last = 0;
  for (const match of source.matchAll(/\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g)) {
    let text = source.slice(last, match.index);
    if (match[1] === '-') text = text.replace(/\s+$/, '');
    const previous = tokens[tokens.length - 1];
    if (previous && 'text' in previous && (previous as { trimNext?: boolean }).trimNext)
      text = text.replace(/^\s+/, '');
    tokens.push({ text });
    const action = { action: match[2]! };
    tokens.push(action);
    last = match.index + match[0].length;
    if (match[3] === '-') tokens.push(Object.assign({ text: '' }, { trimNext: true }));
  }
  let rest = source.slice(last);
  const previous = tokens[tokens.length - 1];
  if (previous && (previous as { trimNext?: boolean }).trimNext) rest = rest.replace(/^\s+/, '');
  tokens.push({ text: rest });
  return tokens;
}

function parseNodes(source: string): Node[] {
  const tokens = lex(source);
  let position = 0;
  function block(): { nodes: Node[]; end: string } {
    const nodes: Node[] = [];
    while (position < tokens.length) {
      const token = tokens[position++]!;
      if ('text' in token) {
        if (token.text) nodes.push({ type: 'text', text: token.text });
        continue;
      }
      const action = token.action;
      if (action.startsWith('/*')) continue;
      if (action === 'end' || action === 'else') return { nodes, end: action };
      if (action.startsWith('if ')) {
        const whenTrue = block();
        const otherwise = whenTrue.end === 'else' ? block().nodes : [];
        nodes.push({ type: 'if', condition: action.slice(3), whenTrue: whenTrue.nodes, otherwise });
      } else if (action.startsWith('define ')) {
        nodes.push({
          type: 'define',
          name: JSON.parse(action.slice(7).trim()) as string,
          body: block().nodes,
        });
      } else if (/^(range|with|template|block)\b/.test(action))
        throw new Error(`unsupported template action: ${action}`);
      else nodes.push({ type: 'output', expression: action });
    }
    return { nodes, end: 'eof' };
  }
  return block().nodes;
}

function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function words(command: string): string[] {
  return [...command.matchAll(/"(?:[^"\\]|\\.)*"|\S+/g)].map((match) => match[0]);
}

export class ChartRenderer {
  private readonly defines = new Map<string, Node[]>();

  constructor(private readonly files: Record<string, Node[]>) {
    for (const nodes of Object.values(files))
      for (const node of nodes) if (node.type === 'define') this.defines.set(node.name, node.body);
  }

  static fromDirectory(chartDirectory: string): ChartRenderer {
    const directory = join(chartDirectory, 'templates');
    const files: Record<string, Node[]> = {};
    for (const name of readdirSync(directory).sort())
      files[name] = parseNodes(readFileSync(join(directory, name), 'utf8'));
    return new ChartRenderer(files);
  }

  /** Each manifest file (templates/*.yaml) rendered with the context. */
  render(context: Context): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, nodes] of Object.entries(this.files))
      if (!name.startsWith('_')) out[name] = this.renderNodes(nodes, context);
    return out;
  }

  private renderNodes(nodes: Node[], context: Context): string {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'text') out += node.text;
      else if (node.type === 'output') out += String(this.evaluate(node.expression, context) ?? '');
      else if (node.type === 'if')
        out += this.renderNodes(
          truthy(this.evaluate(node.condition, context)) ? node.whenTrue : node.otherwise,
          context,
        );
    }
    return out;
  }

  private value(word: string, context: Context): unknown {
    if (word.startsWith('"')) return JSON.parse(word);
    if (/^-?\d+$/.test(word)) return Number(word);
    if (word === '.') return context;
    if (word.startsWith('.'))
      return word
        .slice(1)
        .split('.')
        .reduce<unknown>(
          (node, part) => (node && typeof node === 'object' ? (node as Context)[part] : undefined),
          context,
        );
    throw new Error(`unsupported template value: ${word}`);
  }

  private evaluate(expression: string, context: Context): unknown {
    let result: unknown;
    let first = true;
    for (const command of expression.split(/\|(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
      const [head, ...rest] = words(command.trim());
      const args = rest.map((word) => this.value(word, context));
      if (!first) args.push(result);
      first = false;
      if (head === undefined) throw new Error(`empty command in ${expression}`);
      if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(head)) {
        result = this.value(head, context);
        continue;
      }
      result = this.call(head, args);
    }
    return result;
  }

  private call(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'include': {
        const body = this.defines.get(String(args[0]));
        if (!body) throw new Error(`no template named ${String(args[0])}`);
        return this.renderNodes(body, args[1] as Context);
      }
      case 'toYaml':
        return stringify(args[0], { lineWidth: 0 }).trimEnd();
      case 'nindent': {
        const pad = ' '.repeat(Number(args[0]));
        return `\n${String(args[1] ?? '')
          .split('\n')
          .map((line) => (line ? pad + line : line))
          .join('\n')}`;
      }
      case 'quote':
        return JSON.stringify(String(args[0] ?? ''));
      case 'b64enc':
        return Buffer.from(String(args[0] ?? '')).toString('base64');
      case 'not':
        return !truthy(args[0]);
      case 'required':
        if (!truthy(args[1])) throw new Error(String(args[0]));
        return args[1];
      default:
        throw new Error(`unsupported template function: ${name}`);
    }
  }
}

function merge(base: unknown, override: unknown): unknown {
  if (
    override &&
    typeof override === 'object' &&
    !Array.isArray(override) &&
    base &&
    typeof base === 'object'
  ) {
    const out: Context = { ...(base as Context) };
    for (const [key, value] of Object.entries(override)) out[key] = merge(out[key], value);
    return out;
  }
  return override === undefined ? base : override;
}

/** `helm template <release> <chart> --values <overrides>`: one string per template file. */
export function renderChart(
  chartDirectory: string,
  release: string,
  overrides: Context = {},
): Record<string, string> {
  const chart = parse(readFileSync(join(chartDirectory, 'Chart.yaml'), 'utf8')) as Context;
  const values = parse(readFileSync(join(chartDirectory, 'values.yaml'), 'utf8')) as Context;
  return ChartRenderer.fromDirectory(chartDirectory).render({
    Values: merge(values, overrides) as Context,
    Release: { Name: release, Namespace: 'default', Service: 'Helm' },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  });
}
