import type { Finding } from '../core/index.ts';
import type { ScanLimits } from './scan-limits.ts';

/**
 * What a scan concludes about one file. `skipped`: not a model file (no model format, no model
 * extension), nothing to analyse. `error`: it could not be read at all.
 */
export type Verdict = 'skipped' | 'clean' | 'unsafe' | 'malicious' | 'error';

/** Formats recognised by content. */
export type ModelFormat =
  | 'pickle'
  | 'pytorch-zip'
  | 'pytorch-legacy'
  | 'numpy-npy'
  | 'numpy-npz'
  | 'joblib'
  | 'safetensors'
  | 'gguf'
  | 'onnx'
  | 'keras-v3'
  | 'hdf5'
  | 'tf-savedmodel'
  | 'zip'
  | 'tar'
  | 'compressed'
  | 'tokenizer-config'
  | 'keras-config'
  | 'unknown';

export interface ScannedFile {
  path: string;
  format: ModelFormat;
  sizeBytes: number;
  sha256?: string;
  verdict: Verdict;
  findings: Finding[];
  /** Callables a pickle would import or call (module.name), in the order met. */
  globals?: string[];
}

export interface ScanSummary {
  files: number;
  bytes: number;
  skipped: number;
  clean: number;
  unsafe: number;
  malicious: number;
  error: number;
  /** The worst verdict over all files ('skipped' when no file was a model file). */
  verdict: Verdict;
  durationMs: number;
}

export interface ScanReport {
  files: ScannedFile[];
  summary: ScanSummary;
}

export interface ScanOptions {
  /** Called after each file. */
  onProgress?: (done: number, total: number, path: string) => void;
  /** Also compute each file's SHA-256 (reads the whole file). */
  hash?: boolean;
  /** Files scanned at the same time (default 2). */
  concurrency?: number;
  /** Largest pickle stream analysed, in bytes (default 64 GiB); longer ones are reported. */
  maxPickleBytes?: number;
  /** Resource limits per file (defaults: `defaultScanLimits`); past one the file is unsafe. */
  limits?: Partial<ScanLimits>;
  /**
   * Report content no scanner recognises under a model extension (and empty model files) as
   * `skipped` instead of unsafe (`scan.not-analysable`). Off by default: fail closed.
   */
  allowUnanalysable?: boolean;
}

/** The outcome of analysing bytes of one format: findings plus what was learnt. */
export interface FormatResult {
  findings: Finding[];
  globals?: string[];
  /** A more precise format than the sniffed one (e.g. a zip that is a PyTorch checkpoint). */
  format?: ModelFormat;
}
