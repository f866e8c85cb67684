/**
 * Finds the original texts of the documents in a graph JSON file, so that passages can be whole
 * sentences rather than bare quotes. Graph JSON names each document's file but does not carry its
 * text; the file is looked for in the given directories (next to the graph JSON, and any directory
 * given to `kg load`). A file is only used if it decodes to the length the graph recorded and every
 * quote is the slice it claims to be — otherwise it is another version of the document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument } from '../../loaders/index.js';
import type { GraphJson } from '../model/graph-json.js';

export function findDocumentTexts(graph: GraphJson, dirs: readonly string[]): Map<string, string> {
  const quotes = new Map<string, Array<{ start: number; end: number; quote: string }>>();
  for (const edge of graph.edges) {
    for (const ev of edge.evidence) {
      let list = quotes.get(ev.doc);
      if (!list) quotes.set(ev.doc, (list = []));
      list.push(ev);
    }
  }
  const texts = new Map<string, string>();
  for (const doc of graph.documents) {
    for (const dir of dirs) {
      const path = join(dir, doc.file);
      if (!existsSync(path)) continue;
      let text: string;
      try {
        text = decodeDocument(readFileSync(path), doc.file).text;
      } catch {
        continue;
      }
      const matches = (quotes.get(doc.id) ?? []).every((ev) => text.slice(ev.start, ev.end) === ev.quote);
      if (text.length === doc.chars && matches) {
        texts.set(doc.id, text);
        break;
      }
    }
  }
  return texts;
}
