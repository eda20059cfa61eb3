import type { ByteSource } from './byte-source.ts';
import { FormatError, SequentialReader } from './sequential-reader.ts';

/**
 * A minimal protobuf wire-format walker over a ByteSource: it visits each field of a message and
 * skips what the caller does not open, so large embedded tensors are never read.
 */
export interface ProtoField {
  field: number;
  /** 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
  wire: number;
  /** The varint value (wire 0). */
  value: number;
  /** Byte range of a length-delimited value (wire 2). */
  start: number;
  end: number;
}

/** Deepest message nesting followed (graphs inside attributes inside graphs ...). */
export const maxProtoDepth = 32;

export class ProtoReader {
  private readonly reader: SequentialReader;
  constructor(readonly source: ByteSource) {
    this.reader = new SequentialReader(source);
  }

  private async varint(): Promise<number> {
    let value = 0;
    let scale = 1;
    for (let index = 0; index < 10; index++) {
      const byte = await this.reader.uint(1);
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
    throw new FormatError(this.reader.position, 'varint longer than 10 bytes');
  }

  /** Visit the fields in [start, end). The visitor may open nested messages with `walk` again. */
  async walk(start: number, end: number, visit: (field: ProtoField) => Promise<void> | void): Promise<void> {
    let position = start;
    while (position < end) {
      this.reader.position = position;
      const tag = await this.varint();
      const field = Math.floor(tag / 8);
      const wire = tag % 8;
      if (field === 0) throw new FormatError(position, 'field number 0');
      let value = 0;
      let valueStart = this.reader.position;
      let valueEnd = valueStart;
      if (wire === 0) {
        value = await this.varint();
        valueEnd = this.reader.position;
      } else if (wire === 1) valueEnd = valueStart + 8;
      else if (wire === 5) valueEnd = valueStart + 4;
      else if (wire === 2) {
        const length = await this.varint();
        valueStart = this.reader.position;
        valueEnd = valueStart + length;
      } else throw new FormatError(position, `unsupported wire type ${wire}`);
      if (valueEnd > end) throw new FormatError(position, `field ${field} runs past the end of its message`);
      await visit({ field, wire, value, start: valueStart, end: valueEnd });
      position = valueEnd;
    }
  }

  /** A length-delimited field's bytes as text (bounded). */
  async text(field: ProtoField, limit = 65_536): Promise<string> {
    const bytes = await this.source.read(field.start, Math.min(field.end - field.start, limit));
    return new TextDecoder().decode(bytes);
  }
}

/** Top-level field numbers and wire types from the first bytes, without reading further. */
export function topLevelFields(
  head: Uint8Array,
  limit = 16,
): Array<{ field: number; wire: number; start: number; end: number }> {
  const fields: Array<{ field: number; wire: number; start: number; end: number }> = [];
  let position = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (let index = 0; index < 10 && position < head.length; index++) {
      const byte = head[position++]!;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
    return -1;
  };
  while (position < head.length && fields.length < limit) {
    const tag = varint();
    if (tag <= 0) break;
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0) break;
    let start = position;
    if (wire === 0) {
      if (varint() < 0) break;
    } else if (wire === 2) {
      const length = varint();
      if (length < 0) break;
      start = position;
      position += length;
    } else if (wire === 1) position += 8;
    else if (wire === 5) position += 4;
    else break;
    fields.push({ field, wire, start, end: position });
  }
  return fields;
}
