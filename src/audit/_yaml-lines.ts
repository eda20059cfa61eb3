import { type Document, isNode, LineCounter, parseAllDocuments } from 'yaml';

/** A parsed YAML document with a way to find the line of any path in it. */
export interface LocatedDocument {
  value: unknown;
  /** 1-based line of the deepest existing node on the path. */
  line(path: readonly (string | number)[]): number | undefined;
}

/** Parse every document of a YAML file; throws with the first syntax error. */
export function parseLocatedYaml(text: string): LocatedDocument[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: false, merge: true });
  if (!Array.isArray(documents)) return [];
  return documents.map((document: Document) => {
    const [first] = document.errors;
    if (first) throw new Error(`${first.message.split('\n')[0]}`);
    return {
      value: document.toJS({ maxAliasCount: 100 }),
      line(path) {
        for (let length = path.length; length >= 0; length--) {
          const node = document.getIn(path.slice(0, length), true);
          if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
      },
    };
  });
}
