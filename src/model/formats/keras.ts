import { type Finding, safeJsonParse } from '../../core/index.ts';
import { classifyGlobal } from '../policy.ts';
import { ruleFinding } from '../scan-rules.ts';

const trustedModules =
  /^(keras|keras_hub|keras_nlp|keras_cv|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;
/** `module` values Keras writes for plain data (dtype policies, numbers). */
const plainModules = new Set(['builtins', 'numpy']);
const maxNodes = 1_000_000;

/**
 * Check a Keras model config (`config.json` in a .keras zip, or the `model_config` attribute of
 * an HDF5 model): Lambda layers carry Python code that runs on load; classes from modules outside
 * Keras are imported on load.
 */
export function scanKerasConfig(text: string, detail: string | undefined, offset = 0): Finding[] {
  const findings: Finding[] = [];
  const where = { offset, ...(detail ? { detail } : {}) };
  let config: unknown;
  try {
    config = safeJsonParse(text, { maxDepth: 512 });
  } catch (error) {
    return [
      ruleFinding('keras.malformed', `model config is not valid JSON: ${(error as Error).message}`, where),
    ];
  }
  const pending: unknown[] = [config];
  const reported = new Set<string>();
  let visited = 0;
  while (pending.length > 0 && visited++ < maxNodes) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      for (const child of node) if (typeof child === 'object' && child !== null) pending.push(child);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    const className = typeof record.class_name === 'string' ? record.class_name : undefined;
    const inner = (
      typeof record.config === 'object' && record.config !== null ? record.config : {}
    ) as Record<string, unknown>;
    const layerName = typeof inner.name === 'string' ? inner.name : (className ?? 'unnamed');
    if (className === 'Lambda' || className?.endsWith('>Lambda')) {
      const code = inner.function;
      const kind =
        typeof code === 'object' && code !== null && 'class_name' in code
          ? String((code as Record<string, unknown>).class_name)
          : String(inner.function_type ?? 'lambda');
      findings.push(
        ruleFinding(
          'keras.lambda-layer',
          `Lambda layer ${JSON.stringify(layerName)} carries ${kind === '__lambda__' || kind === 'lambda' ? 'marshalled Python bytecode' : `a ${kind}`} that runs when the model loads`,
          where,
          { layer: layerName },
        ),
      );
    }
    const module = typeof record.module === 'string' ? record.module : undefined;
    const registered = typeof record.registered_name === 'string' ? record.registered_name : undefined;
    // Keras 3 serialises functions as {module, class_name: 'function', config: 'name'}: a config
    // naming os.system or builtins.eval is imported and called on load (CVE-2025-1550 class).
    if (module !== undefined) {
      const callable =
        className === 'function' && typeof record.config === 'string' ? record.config : className;
      if (callable && classifyGlobal(module, callable) === 'dangerous') {
        findings.push(
          ruleFinding(
            'keras.dangerous-callable',
            `the config imports ${module}.${callable}, which can run code on load`,
            where,
            { module, callable },
          ),
        );
        continue;
      }
    }
    const custom =
      (module !== undefined && !trustedModules.test(module) && !plainModules.has(module)) ||
      (registered?.includes('>') && !registered.startsWith('keras'));
    if (custom && className) {
      const key = `${module ?? ''}:${registered ?? className}`;
      if (!reported.has(key)) {
        reported.add(key);
        findings.push(
          ruleFinding(
            'keras.custom-object',
            `${className} comes from ${module ? `module ${JSON.stringify(module)}` : `registered name ${JSON.stringify(registered)}`}, imported when the model loads`,
            where,
            { module, registered },
          ),
        );
      }
    }
    for (const child of Object.values(record))
      if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return findings;
}
