import { stripVTControlCharacters } from 'node:util';
import { errorCodes, RampartError, toRampartError } from '../core/index.ts';

/** Exit codes shared by every command: 0 ok, 1 a gate/check failed, 2 usage or I/O error. */
export const exitCodes = { ok: 0, failed: 1, error: 2 } as const;

/** The exit code of a command that ends with this error: the error table's, 2 for anything else. */
export function cliExitCode(error: unknown): number {
  return RampartError.is(error) ? (errorCodes[error.code].exitCode ?? exitCodes.error) : exitCodes.error;
}

/** The CLI's one place that renders errors: code, message, listed details, hint. Never a stack trace. */
export function renderCliError(error: unknown): string {
  const rampartError = RampartError.is(error) ? error : toRampartError(error);
  const lines = [`error ${rampartError.code}: ${rampartError.message}`];
  if (Array.isArray(rampartError.details)) {
    for (const detail of rampartError.details as Array<{ path?: string; message?: string }>) {
      lines.push(
        detail.path
          ? `  - ${detail.path}: ${detail.message ?? ''}`
          : `  - ${detail.message ?? String(detail)}`,
      );
    }
  }
  lines.push(`  hint: ${rampartError.hint}`);
  if (process.env.RAMPART_DEBUG === '1' && rampartError.cause)
    lines.push(String((rampartError.cause as Error).stack ?? rampartError.cause));
  return lines.join('\n');
}

/**
 * Whether text for `stream` may carry ANSI colour: FORCE_COLOR (other than 0/false) says yes,
 * NO_COLOR (non-empty) or TERM=dumb says no, otherwise only a terminal gets colour — never a pipe
 * or a file.
 */
export function wantsColour(
  stream: { isTTY?: boolean },
  environment: NodeJS.ProcessEnv = process.env,
): boolean {
  const force = environment.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (environment.NO_COLOR) return false;
  if (environment.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** `text` as is for a stream that wants colour, without its ANSI escapes for any other. */
export function forStream(text: string, stream: { isTTY?: boolean }): string {
  return wantsColour(stream) ? text : stripVTControlCharacters(text);
}
