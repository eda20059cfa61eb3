import type { NormalisedText } from '../normalise/normalise.ts';
import type { Channel, Detection, ScanContext } from '../types.ts';

/** What a detector sees: the original text, its normalised views, the channel and the request context. */
export interface DetectorInput {
  original: string;
  normalised: NormalisedText;
  channel: Channel;
  context: ScanContext;
}

/**
 * One job per detector. `detect` returns plain data and never logs or emits events; it may throw,
 * in which case the pipeline reports RAMPART_GUARD_SCANNER_FAILED and the policy's onError decides.
 */
export interface Detector {
  readonly id: string;
  /** Relative cost; the pipeline runs cheap detectors first. */
  readonly cost: number;
  /** Reads the scan context (canary, system prompt, hosts): its results cannot be remembered per text. */
  readonly contextual?: boolean;
  detect(input: DetectorInput): Detection[];
}
