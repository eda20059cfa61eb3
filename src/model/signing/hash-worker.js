// Worker thread that hashes byte ranges of files with SHA-256 (plain JavaScript so it needs no
// TypeScript loader). Protocol: receives { path, start, end } (end null = read to end of file),
// answers { type: 'progress', bytes } while reading, then { type: 'done', digest } or
// { type: 'error', message, code }. Reads synchronously into one reused 64 KiB buffer: memory
// stays flat whatever the file size, and each chunk is still in the CPU cache when it is hashed
// (measured: less system time than 1-4 MiB reads, the same as `openssl dgst`).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const buffer = Buffer.allocUnsafe(64 << 10);
const progressStep = 32 << 20;

function hashRange(path, start, end) {
  const descriptor = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    let position = start;
    let unreported = 0;
    while (end === null || position < end) {
      const length = end === null ? buffer.length : Math.min(buffer.length, end - position);
      const read = readSync(descriptor, buffer, 0, length, position);
      if (read === 0) {
        if (end === null) break;
        const error = new Error(`file ended at byte ${position} before the expected ${end}`);
        error.code = 'ESHORT';
        throw error;
      }
      hash.update(buffer.subarray(0, read));
      position += read;
      unreported += read;
      if (unreported >= progressStep) {
        parentPort.postMessage({ type: 'progress', bytes: unreported });
        unreported = 0;
      }
    }
    if (unreported > 0) parentPort.postMessage({ type: 'progress', bytes: unreported });
    return hash.digest('hex');
  } finally {
    closeSync(descriptor);
  }
}

parentPort.on('message', (job) => {
  try {
    parentPort.postMessage({ type: 'done', digest: hashRange(job.path, job.start, job.end) });
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error?.message ?? error), code: error?.code });
  }
});
