import type { Finding } from '../../../core/index.ts';
import { classifyGlobal } from '../../policy.ts';
import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult } from '../../scan-types.ts';
import {
  analysePickle,
  analysePickleFile,
  type PickleAnalysis,
  type PickleLimits,
  type PickleReader,
  pickleLimits,
  pickleWindowBytes,
} from './machine.ts';
import { opcodes } from './opcodes.ts';

export interface PickleScanOptions {
  /** Where the pickle sits, e.g. 'archive/data.pkl' inside a zip. */
  detail?: string;
  /** Offset of `bytes[0]` in the file, added to every reported offset. */
  baseOffset?: number;
  /** Most pickles read from one stream (legacy torch files stack five). */
  maxPickles?: number;
  /** How deep this stream is embedded in another pickle's bytes. */
  depth?: number;
  /** Resource limits (default: `defaultPickleLimits`, no deadline). */
  limits?: PickleLimits;
}

/** Deepest pickle-inside-pickle bytes followed. */
const maxEmbeddedDepth = 4;

interface Seen {
  offset: number;
  count: number;
  opcode: string;
}

function isProtoStart(bytes: Uint8Array): boolean {
  return bytes[0] === opcodes.PROTO && (bytes[1] ?? 0xff) <= 5;
}

/**
 * Analyse a stream of one or more pickles (legacy torch and joblib files stack several) and turn
 * what the symbolic machine saw into findings. Data after the last pickle that is not itself a
 * pickle (raw tensor storage) ends the stream without a finding.
 */
export function scanPickleStream(bytes: Uint8Array, options: PickleScanOptions = {}): FormatResult {
  const limits = options.limits ?? pickleLimits();
  return scanPickles(
    { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) },
    (offset) => analysePickle(bytes, offset, bytes.length, limits),
    { ...options, limits },
  );
}

/** The same for a file read window by window (memory stays flat however large it is). */
export function scanPickleFile(reader: PickleReader, options: PickleScanOptions = {}): FormatResult {
  const limits = options.limits ?? pickleLimits();
  return scanPickles(reader, (offset) => analysePickleFile(reader, offset, pickleWindowBytes, limits), {
    ...options,
    limits,
  });
}

function scanPickles(
  reader: PickleReader,
  analyse: (offset: number) => PickleAnalysis,
  options: PickleScanOptions,
): FormatResult {
  const base = options.baseOffset ?? 0;
  const detail = options.detail;
  const maxPickles = options.maxPickles ?? 64;
  const analyses: PickleAnalysis[] = [];
  let offset = 0;
  while (offset < reader.size && analyses.length < maxPickles) {
    const analysis = analyse(offset);
    const first = analyses.length === 0;
    const found = analysis.globals.length + analysis.calls.length + analysis.extensions.length > 0;
    // A later segment counts only if it really is a pickle: it completes, or it starts with PROTO
    // and imports something before breaking. Anything else is raw data after the last pickle.
    const counts =
      first || analysis.complete || analysis.limit || (isProtoStart(reader.read(offset, 2)) && found);
    if (!counts) break;
    analyses.push(analysis);
    if (!analysis.complete) break;
    offset = analysis.end;
  }
  const result = findingsFrom(analyses, base, detail);
  const depth = options.depth ?? 0;
  if (depth < maxEmbeddedDepth) {
    for (const analysis of analyses) {
      for (const range of analysis.embedded) {
        if (range.end - range.start > pickleWindowBytes) continue;
        const bytes = reader.read(range.start, range.end - range.start);
        // Raw data that merely starts like a pickle (tensor bytes) is not reported.
        const probe = analysePickle(bytes, 0, bytes.length, options.limits);
        if (!probe.complete && !probe.limit && probe.globals.length === 0 && probe.calls.length === 0)
          continue;
        const inner = scanPickleStream(bytes, {
          baseOffset: base + range.start,
          detail: `${detail ? `${detail}: ` : ''}pickle embedded at byte ${base + range.start}`,
          depth: depth + 1,
          ...(options.limits ? { limits: options.limits } : {}),
        });
        result.findings.push(...inner.findings.filter((finding) => finding.ruleId !== 'pickle.globals'));
        result.globals?.push(...(inner.globals ?? []));
      }
    }
  }
  return result;
}

function location(base: number, offset: number, detail: string | undefined) {
  return { offset: base + offset, ...(detail ? { detail } : {}) };
}

function findingsFrom(analyses: PickleAnalysis[], base: number, detail: string | undefined): FormatResult {
  const findings: Finding[] = [];
  const imported = new Map<string, Seen>();
  const resolved = new Map<string, Seen>();
  const note = (map: Map<string, Seen>, key: string, offset: number, opcode: string, count = 1) => {
    const seen = map.get(key);
    if (seen) seen.count += count;
    else map.set(key, { offset, count, opcode });
  };
  for (const analysis of analyses) {
    for (const global of analysis.globals) {
      note(imported, `${global.module}\n${global.name}`, global.offset, global.opcode, global.count);
    }
    for (const call of analysis.calls) {
      if (call.target === undefined) {
        findings.push(
          ruleFinding(
            'pickle.dynamic-call',
            `${call.opcode} calls ${call.description}, a target known only at load time`,
            location(base, call.offset, detail),
            { opcode: call.opcode },
          ),
        );
      } else {
        const dot = call.target.lastIndexOf('.');
        const key = `${call.target.slice(0, Math.max(dot, 0))}\n${call.target.slice(dot + 1)}`;
        if (!imported.has(key)) note(resolved, key, call.offset, call.opcode, call.count);
      }
    }
    for (const extension of analysis.extensions) {
      findings.push(
        ruleFinding(
          'pickle.extension-code',
          `imports through copyreg extension code ${extension.code}: the callable is whatever the loading process registered`,
          location(base, extension.offset, detail),
          { code: extension.code },
        ),
      );
    }
  }
  const allowed: string[] = [];
  const globals: string[] = [];
  const classify = (map: Map<string, Seen>, how: string) => {
    for (const [key, seen] of map) {
      const [module = '', name = ''] = key.split('\n');
      const full = `${module}.${name}`;
      globals.push(full);
      const verdict = classifyGlobal(module, name);
      const times = seen.count > 1 ? ` (${seen.count} times)` : '';
      if (verdict === 'dangerous') {
        findings.push(
          ruleFinding(
            'pickle.dangerous-global',
            `${how} ${full} via ${seen.opcode}${times}: it can run code or reach the system on load`,
            location(base, seen.offset, detail),
            { global: full, opcode: seen.opcode },
          ),
        );
      } else if (verdict === 'unknown') {
        findings.push(
          ruleFinding(
            'pickle.unknown-global',
            `${how} ${full} via ${seen.opcode}${times}, which is not on the allowlist`,
            location(base, seen.offset, detail),
            { global: full, opcode: seen.opcode },
          ),
        );
      } else {
        allowed.push(full);
      }
    }
  };
  classify(imported, 'imports');
  classify(resolved, 'calls');
  const limited = analyses.find((analysis) => analysis.limit);
  if (limited?.limit) {
    findings.push(
      ruleFinding(
        'scan.analysis-limit',
        `pickle analysis stopped at byte ${base + limited.limit.offset}: ${limited.limit.message}; the rest was not analysed`,
        location(base, limited.limit.offset, detail),
        { limit: limited.limit.message },
      ),
    );
  }
  const broken = analyses.find((analysis) => analysis.error);
  if (broken?.error) {
    findings.push(
      ruleFinding(
        'pickle.malformed',
        `pickle stream breaks at byte ${base + broken.error.offset}: ${broken.error.message}; everything before it was analysed (and would run on load)`,
        location(base, broken.error.offset, detail),
      ),
    );
  }
  if (allowed.length > 0) {
    findings.push(
      ruleFinding(
        'pickle.globals',
        `imports only allowlisted callables: ${allowed.slice(0, 12).join(', ')}${allowed.length > 12 ? ', ...' : ''}`,
        location(base, 0, detail),
        { globals: allowed },
      ),
    );
  }
  return { findings, globals };
}
