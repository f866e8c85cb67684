/** Evidence items: offsets into the original text and the quote sliced from it. */
import type { Evidence } from '../../src/model/graph-json.js';

const SPACE = /\s/u;

/** Evidence for original[start, end), trimmed of white space at both ends. */
export function evidenceFor(docId: string, original: string, start: number, end: number): Evidence {
  let s = Math.max(0, start);
  let e = Math.min(original.length, end);
  while (s < e && SPACE.test(original[s]!)) s++;
  while (e > s && SPACE.test(original[e - 1]!)) e--;
  return { doc: docId, start: s, end: e, quote: original.slice(s, e) };
}
