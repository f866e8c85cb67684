/**
 * A document's decoded original text, stored with it so that evidence can be shown in its source.
 *
 * The text is kept as `(:Document)-[:HAS_TEXT]->(:TextChunk {doc, start, end, text})` nodes of at most
 * CHUNK_SIZE characters rather than one property on the Document: a request for the few thousand
 * characters around a quote then reads only the chunks it needs, and the Document node (read by every
 * list and lookup) stays small. Offsets are JavaScript string indices (UTF-16 code units), the same as
 * evidence offsets; a chunk never ends between the two halves of a surrogate pair, which could not be
 * sent as UTF-8.
 *
 * Everything the writer does about the text is here: the rows (`textChunks`), the clause that creates
 * them inside the document's write statement (WRITE_TEXT) and the one that deletes them (DELETE_TEXT).
 */

/** Characters per chunk (the last chunk of a document may be shorter, any chunk one longer). */
export const CHUNK_SIZE = 4096;

export interface TextChunkRow {
  start: number;
  end: number;
  text: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The text cut into chunks; `chunks.map(c => c.text).join('') === text`. Pure. */
export function textChunks(text: string, size = CHUNK_SIZE): TextChunkRow[] {
  if (!Number.isInteger(size) || size < 2) throw new RangeError(`chunk size ${size}`);
  const chunks: TextChunkRow[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    // Keep a surrogate pair together: end after its low half.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    chunks.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/**
 * The text of [start, end) from the chunks that overlap it (in any order). Pure; characters the chunks
 * do not cover are missing from the result, so callers pass every overlapping chunk.
 */
export function sliceChunks(chunks: readonly TextChunkRow[], start: number, end: number): string {
  return [...chunks]
    .sort((a, b) => a.start - b.start)
    .filter((c) => c.end > start && c.start < end)
    .map((c) => c.text.slice(Math.max(0, start - c.start), Math.max(0, end - c.start)))
    .join('');
}

/**
 * The text to store for a document: only a text of the length the graph recorded, since evidence
 * offsets point into exactly that text (anything else is another version of the document).
 */
export function storedTextChunks(text: string | undefined, chars: number): TextChunkRow[] {
  return text !== undefined && text.length === chars ? textChunks(text) : [];
}

/**
 * Part of the write statement (write-statement.ts), with `d` (a new Document) and `textChunks` (its
 * rows, offsets as numbers) bound: creates its chunks, offsets made INTEGER here like the passages'.
 */
export const WRITE_TEXT = `CALL (d, textChunks) {
  UNWIND textChunks AS chunk
  CREATE (d)-[:HAS_TEXT]->(:TextChunk {
    doc: d.id, start: toInteger(chunk.start), end: toInteger(chunk.end), text: chunk.text
  })
}`;

/** Part of a statement that has `d` bound to a Document about to be deleted: deletes its chunks. */
export const DELETE_TEXT = `CALL (d) {
  MATCH (d)-[:HAS_TEXT]->(chunk:TextChunk)
  DETACH DELETE chunk
}`;
