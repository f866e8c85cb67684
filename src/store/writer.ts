/**
 * Writes graph JSON into Neo4j, many documents per write transaction, each document completely or
 * not at all (a loader killed mid-way leaves the transactions it committed and nothing else).
 *
 * Documents are grouped into transactions of about DEFAULT_TRANSACTION_WRITES writes
 * (transaction-batches.ts). Per transaction:
 * 1. look for stored documents with the same ids or files;
 *    - same id and same content hash → nothing to do ("unchanged"), so loading twice changes nothing;
 *    - otherwise retract the stored version(s) (see retract.ts) — "replaced";
 * 2. pipelined statements (write-statement.ts) create the Documents, their Passages and texts, MERGE
 *    the entity nodes with their MENTIONS and the fact relationships with their evidence items.
 * When the database refuses a transaction for what a document holds, its documents are written again
 * one at a time: the bad one is reported (DocumentWriteError) and skipped, the others land.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { GraphDocument, GraphJson } from '../model/graph-json.js';
import { splitByDocument, type DocumentBatch } from './document-batch.js';
import { DocumentWriteError, isDocumentFault } from './document-write-error.js';
import { NO_REPLAN } from './no-replan.js';
import { retractDocument } from './retract.js';
import { DEFAULT_TRANSACTION_WRITES, documentWrites, transactionBatches } from './transaction-batches.js';
import { writeStatements } from './write-statement.js';
import { writeParameters } from './write-parameters.js';

export { documentProps } from './write-parameters.js';

export type DocumentOutcome = 'loaded' | 'replaced' | 'unchanged';

export interface LoadProgress {
  done: number;
  /** Documents in this load, when known beforehand (not for a stream). */
  total?: number;
  document: GraphDocument;
  outcome: DocumentOutcome | 'failed';
}

export interface LoadOptions {
  /** Decoded original text per document id, for passages; without it a passage is the quote. */
  texts?: ReadonlyMap<string, string>;
  onProgress?: (progress: LoadProgress) => void;
  /** Neo4j database name (default: the server's default database). */
  database?: string;
  /** Writes per transaction (default DEFAULT_TRANSACTION_WRITES); 1 = one document per transaction. */
  transactionWrites?: number;
}

export interface LoadSummary {
  documents: Record<DocumentOutcome, number>;
  /** Documents the database refused: not written, the others were. */
  failed: DocumentWriteError[];
  /** Entity nodes (mentions), fact relationships and evidence items written by (re)loaded documents. */
  nodes: number;
  facts: number;
  evidence: number;
  passages: number;
  /** Every relationship created: facts, MENTIONS, HAS_PASSAGE and HAS_TEXT (as `kg stats` counts). */
  relationships: number;
  /** Nodes no edge touches in a graph of several documents: no evidence ties them to a document. */
  unattributedNodes: number;
  seconds: number;
}

export function emptySummary(): LoadSummary {
  return {
    documents: { loaded: 0, replaced: 0, unchanged: 0 },
    failed: [],
    nodes: 0,
    facts: 0,
    evidence: 0,
    passages: 0,
    relationships: 0,
    unattributedNodes: 0,
    seconds: 0,
  };
}

export async function loadGraph(
  driver: Driver,
  graph: GraphJson | readonly GraphJson[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  // Several graphs (e.g. one per extracted document, so that a document's edge-less nodes are its
  // own) load as one run.
  const batches: DocumentBatch[] = [];
  let unattributedNodes = 0;
  for (const one of isGraphList(graph) ? graph : [graph]) {
    const split = splitByDocument(one, options.texts);
    batches.push(...split.batches);
    unattributedNodes += split.unattributedNodes;
  }
  const summary = await writeDocuments(driver, batches, { ...options, total: batches.length });
  summary.unattributedNodes += unattributedNodes;
  return summary;
}

/** Writes a stream of documents (as splitByDocument gives them); the caller may still be producing them. */
export async function writeDocuments(
  driver: Driver,
  documents: AsyncIterable<DocumentBatch> | Iterable<DocumentBatch>,
  options: Omit<LoadOptions, 'texts'> & { total?: number } = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const summary = emptySummary();
  let done = 0;
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    const writes = options.transactionWrites ?? DEFAULT_TRANSACTION_WRITES;
    for await (const group of transactionBatches(documents, writes)) {
      for (const result of await writeGroup(session, group)) {
        count(summary, result);
        options.onProgress?.({
          done: ++done,
          ...(options.total !== undefined ? { total: options.total } : {}),
          document: result.batch.document,
          outcome: 'error' in result ? 'failed' : result.outcome,
        });
      }
    }
  } finally {
    await session.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

type WriteResult =
  { batch: DocumentBatch; outcome: DocumentOutcome } | { batch: DocumentBatch; error: DocumentWriteError };

function count(summary: LoadSummary, result: WriteResult): void {
  if ('error' in result) {
    summary.failed.push(result.error);
    return;
  }
  summary.documents[result.outcome]++;
  if (result.outcome === 'unchanged') return;
  const { batch } = result;
  summary.nodes += batch.nodeCount;
  summary.facts += batch.edgeCount;
  summary.evidence += batch.evidenceCount;
  summary.passages += batch.passages.length;
  summary.relationships += documentWrites(batch);
}

/** One transaction for the group; if the database refuses it, its documents one at a time. */
async function writeGroup(session: Session, group: DocumentBatch[]): Promise<WriteResult[]> {
  try {
    const outcomes = await session.executeWrite((tx) => writeTransaction(tx, group));
    return group.map((batch, i) => ({ batch, outcome: outcomes[i]! }));
  } catch (error) {
    if (!isDocumentFault(error)) throw error;
    const [only] = group;
    if (group.length === 1 && only)
      return [{ batch: only, error: new DocumentWriteError(only.document, error) }];
    const results: WriteResult[] = [];
    for (const batch of group) results.push(...(await writeGroup(session, [batch])));
    return results;
  }
}

const FIND_STORED = `${NO_REPLAN}
UNWIND $documents AS doc
CALL (doc) {
  MATCH (d:Document {id: doc.id}) RETURN d.id AS id, d.loadHash AS hash
  UNION
  MATCH (d:Document {file: doc.file}) RETURN d.id AS id, d.loadHash AS hash
}
RETURN doc.id AS doc, id, hash`;

/** The transaction body; idempotent, so the driver may retry it after a transient failure. */
export async function writeTransaction(
  tx: ManagedTransaction,
  group: readonly DocumentBatch[],
): Promise<DocumentOutcome[]> {
  const result = await tx.run(FIND_STORED, {
    documents: group.map((b) => ({ id: b.document.id, file: b.document.file })),
  });
  const stored = new Map<string, Array<{ id: string; hash: string | null }>>();
  for (const record of result.records) {
    const doc = record.get('doc') as string;
    stored.set(doc, [
      ...(stored.get(doc) ?? []),
      { id: record.get('id') as string, hash: record.get('hash') as string | null },
    ]);
  }
  const outcomes: DocumentOutcome[] = [];
  const toWrite: DocumentBatch[] = [];
  const toRetract = new Set<string>();
  for (const batch of group) {
    const versions = stored.get(batch.document.id) ?? [];
    const [only] = versions;
    if (versions.length === 1 && only?.id === batch.document.id && only.hash === batch.hash) {
      outcomes.push('unchanged');
      continue;
    }
    for (const old of versions) toRetract.add(old.id);
    outcomes.push(versions.length > 0 ? 'replaced' : 'loaded');
    toWrite.push(batch);
  }
  for (const id of toRetract) await retractDocument(tx, id);
  if (toWrite.length > 0) {
    // Pipelined: the server runs a transaction's statements in order, so they are awaited together.
    await Promise.all(writeStatements(writeParameters(toWrite)).map((s) => tx.run(s.query, s.params)));
  }
  return outcomes;
}

function isGraphList(graph: GraphJson | readonly GraphJson[]): graph is readonly GraphJson[] {
  return Array.isArray(graph);
}
