/**
 * Removes one document's support from the graph, inside a caller's transaction.
 *
 * Used by `deleteDocument` and by the writer before it writes a new version of a document. What the
 * document alone supported goes; what other documents still support stays, with their evidence:
 * 1. its evidence items are stripped from every relationship, and relationships left without
 *    evidence are deleted;
 * 2. its MENTIONS go, the nodes it mentioned are recomputed from the other documents' MENTIONS
 *    (provenance.ts), and entity nodes left with no relationship at all are deleted;
 * 3. the Document, its Passages and its text chunks are deleted.
 * Every relationship carrying evidence from the document joins two nodes the document MENTIONS, so
 * the search starts from those nodes rather than from the whole graph.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { DELETE_TEXT } from './document-text.js';
import { NO_REPLAN } from './no-replan.js';
import { DROP_MENTIONS } from './provenance.js';

const STRIP_EVIDENCE = `${NO_REPLAN}
MATCH (:Document {id: $doc})-[:MENTIONS]->(n)-[r]->()
WHERE $doc IN r.docs
WITH DISTINCT r
// The lists are read once into variables: indexing a property inside the comprehension
// (r.evStarts[i]) re-reads it per item, O(items²) on an edge cited by hundreds of documents.
WITH r, r.evDocs AS docs, r.evStarts AS starts, r.evEnds AS ends, r.evQuotes AS quotes, r.evPassages AS passages
WITH r, docs, starts, ends, quotes, passages, [i IN range(0, size(docs) - 1) WHERE docs[i] <> $doc] AS keep
CALL (r, keep) {
  WITH r, keep WHERE size(keep) = 0
  DELETE r
}
CALL (r, keep, docs, starts, ends, quotes, passages) {
  WITH r, keep, docs, starts, ends, quotes, passages WHERE size(keep) > 0
  SET r.evDocs = [i IN keep | docs[i]],
      r.evStarts = [i IN keep | starts[i]],
      r.evEnds = [i IN keep | ends[i]],
      r.evQuotes = [i IN keep | quotes[i]],
      r.evPassages = [i IN keep | passages[i]],
      r.docs = [d IN r.docs WHERE d <> $doc]
}
RETURN count(*) AS edges`;

const DROP_DOCUMENT = `${NO_REPLAN}
MATCH (d:Document {id: $doc})
${DELETE_TEXT}
WITH d
OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(p:Passage)
DETACH DELETE p
WITH DISTINCT d
DETACH DELETE d`;

export async function retractDocument(tx: ManagedTransaction, docId: string): Promise<void> {
  // Each statement relies on the previous one's deletions. The server runs a transaction's statements
  // in order, so they can be sent together (pipelined) and awaited once.
  await Promise.all([
    tx.run(STRIP_EVIDENCE, { doc: docId }),
    tx.run(DROP_MENTIONS, { doc: docId }),
    tx.run(DROP_DOCUMENT, { doc: docId }),
  ]);
}
