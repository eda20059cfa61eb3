import type { Finding } from '../../core/index.ts';
import { ruleFinding } from '../scan-rules.ts';
import type { FormatResult } from '../scan-types.ts';
import type { ByteSource } from './byte-source.ts';
import { type ProtoField, ProtoReader, topLevelFields } from './protobuf.ts';
import { FormatError } from './sequential-reader.ts';

/** Ops that call back into the Python interpreter. */
const codeOps = new Set(['PyFunc', 'PyFuncStateless', 'EagerPyFunc']);
/** Ops that read, write, list or delete files outside the checkpoint machinery. */
const fileOps = new Set([
  'ReadFile',
  'WriteFile',
  'MatchingFiles',
  'WholeFileReader',
  'WholeFileReaderV2',
  'DeleteFile',
  'ImmutableConst',
  'FixedLengthRecordReaderV2',
  'TextLineReaderV2',
  'TFRecordReaderV2',
  'LMDBReader',
  'IdentityReaderV2',
  'Save',
  'SaveSlices',
  'Restore',
  'RestoreSlice',
]);
/** Maximum string constants inspected for file paths. */
const pathLike = /^(\/|[A-Za-z]:\\|\\\\|~\/|file:\/\/)|(^|[\\/])\.\.([\\/]|$)/;

/** SavedModel: field 2 (meta_graphs) holding a MetaGraphDef, and no ONNX graph/opset fields. */
export function looksLikeSavedModel(head: Uint8Array): boolean {
  if (head[0] !== 0x08 && head[0] !== 0x12) return false;
  const fields = topLevelFields(head, 4);
  if (fields.some((field) => field.field > 2)) return false;
  const metaGraph = fields.find((field) => field.field === 2 && field.wire === 2);
  if (!metaGraph) return false;
  const first = head[metaGraph.start];
  return first === undefined || first === 0x0a || first === 0x12;
}

/** List the ops of every graph and function in a saved_model.pb and flag code and file ops. */
export async function scanSavedModel(source: ByteSource): Promise<FormatResult> {
  const findings: Finding[] = [];
  const proto = new ProtoReader(source);
  const reported = new Set<string>();
  const report = (op: string, offset: number, where: string) => {
    if (reported.has(op)) return;
    reported.add(op);
    if (codeOps.has(op)) {
      findings.push(
        ruleFinding(
          'savedmodel.code-op',
          `${where} uses ${op}, which runs a Python function when the graph executes`,
          { offset },
          { op },
        ),
      );
    } else if (fileOps.has(op)) {
      findings.push(
        ruleFinding(
          'savedmodel.file-op',
          `${where} uses ${op}, which touches the file system`,
          { offset },
          { op },
        ),
      );
    }
  };
  const nodeDef = async (field: ProtoField, where: string): Promise<void> => {
    let op = '';
    const strings: string[] = [];
    await proto.walk(field.start, field.end, async (part) => {
      if (part.field === 2 && part.wire === 2) op = await proto.text(part, 4096);
      if (part.field === 5 && part.wire === 2) {
        // attr map entry -> AttrValue -> tensor (8) -> string_val (8)
        await proto.walk(part.start, part.end, async (entry) => {
          if (entry.field !== 2 || entry.wire !== 2) return;
          await proto.walk(entry.start, entry.end, async (value) => {
            if (value.field === 2 && value.wire === 2) strings.push(await proto.text(value, 4096));
            if (value.field !== 8 || value.wire !== 2) return;
            await proto.walk(value.start, value.end, async (tensor) => {
              if (tensor.field === 8 && tensor.wire === 2 && strings.length < 64)
                strings.push(await proto.text(tensor, 4096));
            });
          });
        });
      }
    });
    report(op, field.start, where);
    if (op === 'Const') {
      for (const text of strings) {
        if (pathLike.test(text) && !reported.has(`path:${text}`)) {
          reported.add(`path:${text}`);
          findings.push(
            ruleFinding(
              'savedmodel.file-op',
              `${where} holds the file path ${JSON.stringify(text.slice(0, 200))} as a constant`,
              { offset: field.start },
              { path: text },
            ),
          );
        }
      }
    }
  };
  try {
    await proto.walk(0, source.size, async (metaGraphs) => {
      if (metaGraphs.field !== 2 || metaGraphs.wire !== 2) return;
      await proto.walk(metaGraphs.start, metaGraphs.end, async (graphDef) => {
        if (graphDef.field !== 2 || graphDef.wire !== 2) return;
        await proto.walk(graphDef.start, graphDef.end, async (part) => {
          if (part.field === 1 && part.wire === 2) await nodeDef(part, 'the graph');
          if (part.field !== 2 || part.wire !== 2) return;
          await proto.walk(part.start, part.end, async (functionDef) => {
            if (functionDef.field !== 1 || functionDef.wire !== 2) return;
            await proto.walk(functionDef.start, functionDef.end, async (inner) => {
              if (inner.field === 3 && inner.wire === 2) await nodeDef(inner, 'a graph function');
            });
          });
        });
      });
    });
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    findings.push(ruleFinding('savedmodel.malformed', error.message, { offset: error.offset }));
  }
  return { findings };
}
