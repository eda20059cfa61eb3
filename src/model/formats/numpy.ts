import type { Finding } from '../../core/index.ts';
import { ruleFinding } from '../scan-rules.ts';
import type { FormatResult } from '../scan-types.ts';
import type { ByteSource } from './byte-source.ts';
import { readAll } from './byte-source.ts';
import type { PickleLimits } from './pickle/machine.ts';
import { scanPickleStream } from './pickle/scan-pickle.ts';

export function looksLikeNpy(head: Uint8Array): boolean {
  return (
    head[0] === 0x93 &&
    head[1] === 0x4e &&
    head[2] === 0x55 &&
    head[3] === 0x4d &&
    head[4] === 0x50 &&
    head[5] === 0x59
  );
}

export interface NpyHeader {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  dataOffset: number;
}

const itemSizes: Record<string, number> = {
  b: 1,
  B: 1,
  '?': 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  g: 16,
  F: 8,
  D: 16,
  G: 32,
};

/** Parse the Python-literal header dict (`{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`). */
function parseHeader(text: string): Omit<NpyHeader, 'dataOffset'> | string {
  const descr = /['"]descr['"]\s*:\s*(['"])([^'"]*)\1/.exec(text);
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(text);
  const shape = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text);
  if (/['"]descr['"]\s*:\s*\[/.test(text) && fortran && shape) {
    // Structured dtype: a list of fields; object fields ('O') still mean a pickled body.
    return {
      descr: /['"][|<>=]?O\d*['"]/.test(text) ? '|O' : 'V',
      fortranOrder: fortran[1] === 'True',
      shape: parseShape(shape[1]!),
    };
  }
  if (!descr || !fortran || !shape) return 'header lacks descr, fortran_order or shape';
  return { descr: descr[2]!, fortranOrder: fortran[1] === 'True', shape: parseShape(shape[1]!) };
}

function parseShape(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (/^\d+L?$/.test(part) ? Number.parseInt(part, 10) : Number.NaN));
}

/** Check an .npy header and, for object arrays, analyse the pickle that forms its body. */
export async function scanNpy(
  source: ByteSource,
  maxPickleBytes: number,
  limits?: PickleLimits,
): Promise<FormatResult> {
  const findings: Finding[] = [];
  const head = await source.read(0, 12);
  const major = head[6];
  if (head.length < 10 || (major !== 1 && major !== 2 && major !== 3)) {
    findings.push(ruleFinding('numpy.malformed', `unsupported .npy version ${major}`, { offset: 6 }));
    return { findings };
  }
  const headerLength =
    major === 1
      ? head[8]! | (head[9]! << 8)
      : (head[8]! | (head[9]! << 8) | (head[10]! << 16)) + head[11]! * 2 ** 24;
  const headerStart = major === 1 ? 10 : 12;
  if (headerLength > 1 << 20 || headerStart + headerLength > source.size) {
    findings.push(
      ruleFinding('numpy.malformed', `header length ${headerLength} is out of range`, { offset: 8 }),
    );
    return { findings };
  }
  const text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    await source.read(headerStart, headerLength),
  );
  const header = parseHeader(text);
  if (typeof header === 'string') {
    findings.push(ruleFinding('numpy.malformed', header, { offset: headerStart }));
    return { findings };
  }
  const dataOffset = headerStart + headerLength;
  const kind = header.descr.replace(/^[|<>=]/, '');
  if (kind.startsWith('O')) {
    findings.push(
      ruleFinding('numpy.object-array', 'object array: np.load(allow_pickle=True) unpickles the body', {
        offset: dataOffset,
      }),
    );
    const size = source.size - dataOffset;
    const body = (await readAll(source, dataOffset + Math.min(size, maxPickleBytes))).subarray(dataOffset);
    const pickled = scanPickleStream(body, { baseOffset: dataOffset, ...(limits ? { limits } : {}) });
    if (size > maxPickleBytes) {
      findings.push(
        ruleFinding(
          'scan.analysis-limit',
          `object array body of ${size} bytes exceeds the ${maxPickleBytes}-byte analysis limit`,
          { offset: dataOffset },
        ),
      );
    }
    return { findings: [...findings, ...pickled.findings], globals: pickled.globals ?? [] };
  }
  if (header.shape.some((dimension) => !Number.isSafeInteger(dimension))) {
    findings.push(
      ruleFinding('numpy.malformed', 'shape holds a value that is not a whole number', {
        offset: headerStart,
      }),
    );
    return { findings };
  }
  const itemSize = /^[a-zA-Z?](\d+)$/.exec(kind)?.[1];
  const bytesPerItem = itemSize ? Number.parseInt(itemSize, 10) * (kind[0] === 'U' ? 4 : 1) : itemSizes[kind];
  if (bytesPerItem !== undefined) {
    const expected = header.shape.reduce((product, dimension) => product * dimension, 1) * bytesPerItem;
    const actual = source.size - dataOffset;
    if (expected !== actual) {
      findings.push(
        ruleFinding(
          'numpy.malformed',
          `dtype ${header.descr} shape (${header.shape.join(', ')}) needs ${expected} data bytes, file holds ${actual}`,
          { offset: dataOffset },
        ),
      );
    }
  }
  return { findings };
}
