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
