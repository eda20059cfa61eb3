// Types for the parts of seek-bzip (MIT, pure JS, no bundled types) that the bzip2 decoder uses.
declare module 'seek-bzip' {
  interface BunzipInput {
    readByte(): number;
    read(buffer: Uint8Array, offset: number, length: number): number;
    eof?(): boolean;
  }
  interface BunzipOutput {
    writeByte(byte: number): void;
  }
  const Bunzip: {
    /** Decode `input` into `output`; with `multistream`, concatenated streams too. */
    decode(input: BunzipInput, output: BunzipOutput, multistream?: boolean): undefined;
  };
  export default Bunzip;
}
