/**
 * Groups a stream of documents into write transactions of about `facts` writes each (fact
 * relationships, mentions, passages and text chunks: what the transaction creates).
 *
 * A transaction never holds two versions of one document (the same id or the same file): the second
 * retracts the first, which the writer only does for stored documents, so it starts the next one.
 */
import type { DocumentBatch } from './document-batch.js';

/** Writes per transaction: large enough that the commit's fixed cost is small, small enough for the heap. */
export const DEFAULT_TRANSACTION_WRITES = 3000;

/** What a document creates in the database: every relationship (facts, MENTIONS, HAS_PASSAGE, HAS_TEXT). */
export function documentWrites(batch: DocumentBatch): number {
  return batch.edgeCount + batch.nodeCount + batch.passages.length + batch.textChunks.length;
}

export async function* transactionBatches(
  documents: AsyncIterable<DocumentBatch> | Iterable<DocumentBatch>,
  writes = DEFAULT_TRANSACTION_WRITES,
): AsyncGenerator<DocumentBatch[]> {
  let current: DocumentBatch[] = [];
  let size = 0;
  const keys = new Set<string>();
  for await (const batch of documents) {
    const { id, file } = batch.document;
    const clash = keys.has(`id:${id}`) || keys.has(`file:${file}`);
    if (current.length > 0 && (clash || size + documentWrites(batch) > writes)) {
      yield current;
      current = [];
      size = 0;
      keys.clear();
    }
    current.push(batch);
    size += documentWrites(batch);
    keys.add(`id:${id}`).add(`file:${file}`);
  }
  if (current.length > 0) yield current;
}
