import type { Finding } from '../../core/index.ts';
import { ruleFinding } from '../scan-rules.ts';
import type { FormatResult } from '../scan-types.ts';
import { escapesDirectory } from './archive/entry-checks.ts';
import type { ByteSource } from './byte-source.ts';
import { maxProtoDepth, type ProtoField, ProtoReader, topLevelFields } from './protobuf.ts';
import { FormatError } from './sequential-reader.ts';

/** Operator domains served by the standard ONNX and ONNX Runtime kernels. */
const standardDomains = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'ai.onnx.training',
  'ai.onnx.preview.training',
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.microsoft.experimental',
  'com.ms.internal.nhwc',
]);

/** ONNX ModelProto: ir_version (1, varint) and a graph (7) or opset_import (8). */
export function looksLikeOnnx(head: Uint8Array): boolean {
  if (head[0] !== 0x08) return false;
  const fields = topLevelFields(head);
  return fields.some((field) => (field.field === 7 || field.field === 8) && field.wire === 2);
}

/** Check external-data locations and operator domains of an ONNX model (weights are skipped). */
export async function scanOnnx(source: ByteSource): Promise<FormatResult> {
  const findings: Finding[] = [];
  const proto = new ProtoReader(source);
  const domains = new Map<string, { offset: number; ops: Set<string> }>();
  const localFunctions = new Set<string>();

  const tensor = async (field: ProtoField): Promise<void> => {
    let name = '';
    let location: string | undefined;
    await proto.walk(field.start, field.end, async (part) => {
      if (part.field === 8 && part.wire === 2) name = await proto.text(part, 4096);
      if (part.field === 13 && part.wire === 2) {
        let key = '';
        let value = '';
        await proto.walk(part.start, part.end, async (entry) => {
          if (entry.field === 1 && entry.wire === 2) key = await proto.text(entry, 4096);
          if (entry.field === 2 && entry.wire === 2) value = await proto.text(entry, 4096);
        });
        if (key === 'location') location = value;
      }
    });
    if (
      location !== undefined &&
      (escapesDirectory(location) || /^[a-z][a-z0-9+.-]*:\/\//i.test(location) || location.startsWith('\\\\'))
    ) {
      findings.push(
        ruleFinding(
          'onnx.external-data-traversal',
          `tensor ${JSON.stringify(name)} reads external data from ${JSON.stringify(location)}, outside the model directory`,
          { offset: field.start },
          { location },
        ),
      );
    }
  };
  const node = async (field: ProtoField, depth: number): Promise<void> => {
    let opType = '';
    let domain = '';
    await proto.walk(field.start, field.end, async (part) => {
      if (part.field === 4 && part.wire === 2) opType = await proto.text(part, 4096);
      else if (part.field === 7 && part.wire === 2) domain = await proto.text(part, 4096);
      else if (part.field === 5 && part.wire === 2) {
        await proto.walk(part.start, part.end, async (attribute) => {
          if ((attribute.field === 6 || attribute.field === 11) && attribute.wire === 2)
            await graph(attribute, depth + 1);
          if ((attribute.field === 5 || attribute.field === 10) && attribute.wire === 2)
            await tensor(attribute);
        });
      }
    });
    const seen = domains.get(domain) ?? { offset: field.start, ops: new Set<string>() };
    seen.ops.add(opType);
    domains.set(domain, seen);
  };
  const graph = async (field: ProtoField, depth: number): Promise<void> => {
    if (depth > maxProtoDepth)
      throw new FormatError(field.start, `graphs nested deeper than ${maxProtoDepth}`);
    await proto.walk(field.start, field.end, async (part) => {
      if (part.wire !== 2) return;
      if (part.field === 1) await node(part, depth);
      else if (part.field === 5) await tensor(part);
      else if (part.field === 15) {
        await proto.walk(part.start, part.end, async (sparse) => {
          if ((sparse.field === 1 || sparse.field === 2) && sparse.wire === 2) await tensor(sparse);
        });
      }
    });
  };
  try {
    await proto.walk(0, source.size, async (field) => {
      if (field.wire !== 2) return;
      if (field.field === 7) await graph(field, 0);
      else if (field.field === 25) {
        let name = '';
        let domain = '';
        await proto.walk(field.start, field.end, async (part) => {
          if (part.field === 1 && part.wire === 2) name = await proto.text(part, 4096);
          else if (part.field === 10 && part.wire === 2) domain = await proto.text(part, 4096);
          else if (part.field === 7 && part.wire === 2) await node(part, 1);
        });
        localFunctions.add(`${domain}\n${name}`);
      }
    });
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    findings.push(ruleFinding('onnx.malformed', error.message, { offset: error.offset }));
  }
  for (const [domain, seen] of domains) {
    if (standardDomains.has(domain)) continue;
    const custom = [...seen.ops].filter((op) => !localFunctions.has(`${domain}\n${op}`));
    if (custom.length === 0) continue;
    findings.push(
      ruleFinding(
        'onnx.custom-domain',
        `operators ${custom.slice(0, 8).join(', ')} come from custom domain ${JSON.stringify(domain)}: running the model loads a native library for them`,
        { offset: seen.offset },
        { domain, ops: custom },
      ),
    );
  }
  return { findings };
}
