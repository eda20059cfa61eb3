import { FormatError } from '../sequential-reader.ts';

/** Well-formed compressed data that uses a feature this scanner does not decode (a filter, a check). */
export class UnsupportedCompression extends FormatError {}
