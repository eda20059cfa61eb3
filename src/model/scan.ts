import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { type Finding, RampartError, sha256File } from '../core/index.ts';
import { FileSource } from './formats/byte-source.ts';
import { walkModel } from './model-files.ts';
import { scanContent } from './scan-content.ts';
import { analysisBudget } from './scan-limits.ts';
import { ruleFinding, scanRule } from './scan-rules.ts';
import type { ScannedFile, ScanOptions, ScanReport, Verdict } from './scan-types.ts';

const verdictRank: Record<Verdict, number> = { skipped: 0, clean: 1, unsafe: 2, malicious: 3, error: 4 };
/** Most files collected from the directories given. */
const maxFiles = 1_000_000;

/** The worst of two verdicts (error > malicious > unsafe > clean > skipped). */
export function worstVerdict(left: Verdict, right: Verdict): Verdict {
  return verdictRank[left] >= verdictRank[right] ? left : right;
}

/** What a list of findings means for a file: the worst verdict of the rules that fired. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  let verdict: Verdict = 'clean';
  for (const finding of findings) {
    const rule = scanRule(finding.ruleId).verdict;
    if (rule === 'malicious') return 'malicious';
    if (rule === 'unsafe') verdict = 'unsafe';
  }
  return verdict;
}

/**
 * Expand directories (recursively) into a sorted file list, with the walk signing and verifying use
 * (`walkModel`, policy `follow`). Symbolic links are followed, as the model server that loads the
 * folder follows them: a link is scanned as what it points to (a folder reached twice is walked
 * once), and a link that points nowhere is an error, never a file left out unscanned. A FIFO, socket
 * or device is listed, so that the scan reports it as unreadable rather than leaving it out.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      await stat(path);
    } catch (error) {
      throw new RampartError(
        'RAMPART_MODEL_SCAN_PATH_NOT_FOUND',
        `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        { cause: error },
      );
    }
    const tree = await walkModel(path, {
      links: 'follow',
      errorCode: 'RAMPART_MODEL_SCAN_PATH_NOT_FOUND',
      specialFiles: 'list',
      maxFiles: maxFiles - files.length,
    });
    for (const file of tree.files) files.push(file.absolutePath);
  }
  return files;
}

/** A stable fingerprint for a finding: rule, place and a hash of the file's content. */
function fingerprint(finding: Finding, contentHash: string): string {
  return createHash('sha256')
    .update(
      `${finding.ruleId}\n${contentHash}\n${finding.location?.detail ?? ''}\n${finding.location?.offset ?? ''}\n${(finding.data?.global as string) ?? ''}`,
    )
    .digest('hex')
    .slice(0, 32);
}

/** Scan one file by content. I/O and parser failures become findings, never exceptions. */
export async function scanFile(path: string, options: ScanOptions = {}): Promise<ScannedFile> {
  const budget = analysisBudget({
    ...options.limits,
    ...(options.maxPickleBytes === undefined ? {} : { maxPickleBytes: options.maxPickleBytes }),
  });
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  let size = 0;
  try {
    const info = await stat(path);
    size = info.size;
    if (!info.isFile()) {
      // FIFOs, sockets and devices would block or never end: refuse them (fail closed).
      return {
        path,
        format: 'unknown',
        sizeBytes: 0,
        verdict: 'error',
        findings: [
          {
            ...ruleFinding('scan.read-error', 'not a regular file', { path }),
            fingerprint: `scan.read-error:${path}`,
          },
        ],
      };
    }
    handle = await open(path, 'r');
    size = (await handle.stat()).size;
    const source = new FileSource(handle, size);
    const result = await scanContent(
      source,
      undefined,
      0,
      { budget, allowUnanalysable: options.allowUnanalysable === true },
      path,
    );
    const sha256 = options.hash ? await sha256File(path) : undefined;
    const contentHash =
      sha256 ??
      createHash('sha256')
        .update(await source.read(0, 1 << 16))
        .update(String(size))
        .digest('hex');
    for (const finding of result.findings) {
      finding.location = { ...finding.location, path };
      finding.fingerprint = fingerprint(finding, contentHash);
    }
    return {
      path,
      format: result.format,
      sizeBytes: size,
      ...(sha256 ? { sha256 } : {}),
      // No model format and nothing found: not a model file (README.md, an empty .txt, ...).
      verdict:
        result.format === 'unknown' && result.findings.length === 0 ? 'skipped' : verdictOf(result.findings),
      findings: result.findings,
      ...(result.globals && result.globals.length > 0 ? { globals: [...new Set(result.globals)] } : {}),
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code ? `cannot read the file (${code})` : `analysis failed: ${(error as Error).message}`;
    return {
      path,
      format: 'unknown',
      sizeBytes: size,
      verdict: 'error',
      findings: [
        { ...ruleFinding('scan.read-error', message, { path }), fingerprint: `scan.read-error:${path}` },
      ],
    };
  } finally {
    await handle?.close();
  }
}

/**
 * Scan files and directories by content and report a verdict per file:
 * skipped (not a model file), clean, unsafe (unknown imports, malformed, not analysable or past a
 * limit), malicious (code execution, traversal) or error.
 */
export async function scanPaths(paths: string[], options: ScanOptions = {}): Promise<ScanReport> {
  const started = performance.now();
  const files = await collectFiles(paths);
  const results: ScannedFile[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const path = files[index]!;
      results[index] = await scanFile(path, options);
      done++;
      options.onProgress?.(done, files.length, path);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, 16));
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  const summary = {
    files: results.length,
    bytes: 0,
    skipped: 0,
    clean: 0,
    unsafe: 0,
    malicious: 0,
    error: 0,
    verdict: 'skipped' as Verdict,
    durationMs: 0,
  };
  for (const file of results) {
    summary.bytes += file.sizeBytes;
    summary[file.verdict]++;
    summary.verdict = worstVerdict(summary.verdict, file.verdict);
  }
  summary.durationMs = Math.round(performance.now() - started);
  return { files: results, summary };
}
