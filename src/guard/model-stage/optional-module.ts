import { createRequire } from 'node:module';
import { RampartError } from '../../core/index.ts';

const requireHere = createRequire(import.meta.url);

const installHint = 'npm install onnxruntime-node @huggingface/tokenizers';

function missing(name: string, cause: unknown): RampartError {
  return new RampartError(
    'RAMPART_GUARD_MODEL_RUNTIME_MISSING',
    `the guard model stage needs the optional package '${name}', which is not installed (${installHint})`,
    { cause, details: { package: name, install: installHint } },
  );
}

function isNotFound(error: unknown, name: string): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return (
    (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') &&
    String((error as Error).message).includes(name)
  );
}

/**
 * Loads an optional package only when a route asks for it (onnxruntime-node is about 300 MB and not
 * a dependency). A package that is not installed is RAMPART_GUARD_MODEL_RUNTIME_MISSING with the
 * install command; any other load failure is rethrown as it is.
 */
export function loadOptionalModule<Module>(name: string): Module {
  try {
    return requireHere(name) as Module;
  } catch (error) {
    if (isNotFound(error, name)) throw missing(name, error);
    throw error;
  }
}

/** Whether an optional package can be found, without loading it (a missing one throws the coded error). */
export function assertOptionalModule(name: string): void {
  try {
    requireHere.resolve(name);
  } catch (error) {
    throw missing(name, error);
  }
}
