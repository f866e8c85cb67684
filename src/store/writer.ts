/**
 * Writes graph JSON into Neo4j: one write transaction per document, so a document loads completely
 * or not at all (a loader killed mid-way leaves the documents it committed and nothing else).
 *
 * Per document, inside its transaction:
 * 1. look for a stored document with the same id or the same file;
 *    - same id and same content hash → nothing to do ("unchanged"), so loading twice changes nothing;
 *    - otherwise retract the stored version(s) (see retract.ts) — "replaced";
 * 2. create the Document, its Passages and its text (document-text.ts);
 * 3. MERGE the entity nodes it mentions (an UNWIND subquery per label) and CREATE its MENTIONS, which
 *    record what the document says about each node (provenance.ts derives the node's values from them);
 * 4. MERGE the fact relationships (an UNWIND subquery per type and end labels, since neither can be
 *    a parameter) and append its evidence items to their parallel lists.
 * Steps 2–4 are one statement (WRITE_DOCUMENT), so a document costs two statements and a commit.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import {
  EDGE_ENDS,
  EDGE_TYPES,
  NODE_LABELS,
  type EdgeType,
  type GraphDocument,
  type GraphJson,
  type NodeLabel,
  type NodeProps,
} from '../model/graph-json.js';
import { splitByDocument, type DocumentBatch } from './document-batch.js';
import { WRITE_TEXT } from './document-text.js';
import { toCypher } from './neo4j-values.js';
import { retractDocument } from './retract.js';
import { NO_REPLAN } from './no-replan.js';
import { mergeNodes } from './provenance.js';

export type DocumentOutcome = 'loaded' | 'replaced' | 'unchanged';

export interface LoadProgress {
  done: number;
  total: number;
  document: GraphDocument;
  outcome: DocumentOutcome;
}

export interface LoadOptions {
  /** Decoded original text per document id, for passages; without it a passage is the quote. */
  texts?: ReadonlyMap<string, string>;
  onProgress?: (progress: LoadProgress) => void;
  /** Neo4j database name (default: the server's default database). */
  database?: string;
  /**
   * Documents written at the same time, each in its own transaction (default 1). Two in flight
   * measured no faster on the 2-core machine and deadlock now and then on shared agency/place nodes
   * (each MENTIONS/relationship lock upgrade), which the driver retries after a back-off of ≥ 1 s.
   */
  concurrency?: number;
}

export const DEFAULT_CONCURRENCY = 1;

export interface LoadSummary {
  documents: Record<DocumentOutcome, number>;
  /** Entity nodes, relationships and evidence items written by the documents that were (re)loaded. */
  nodes: number;
  relationships: number;
  evidence: number;
  passages: number;
  /** Nodes no edge touches in a graph of several documents: no evidence ties them to a document. */
  unattributedNodes: number;
  seconds: number;
}

export async function loadGraph(
  driver: Driver,
  graph: GraphJson | readonly GraphJson[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  // Several graphs (e.g. one per extracted document, so that a document's edge-less nodes are its
  // own) load as one run: their documents share the workers.
  const batches: DocumentBatch[] = [];
  let unattributedNodes = 0;
  for (const one of isGraphList(graph) ? graph : [graph]) {
    const split = splitByDocument(one, options.texts);
    batches.push(...split.batches);
    unattributedNodes += split.unattributedNodes;
  }
  const summary: LoadSummary = {
    documents: { loaded: 0, replaced: 0, unchanged: 0 },
    nodes: 0,
    relationships: 0,
    evidence: 0,
    passages: 0,
    unattributedNodes,
    seconds: 0,
  };
  // Documents are independent transactions, so several can be in flight: while the server works on
  // one, the client packs the next. Each worker has its own session (a session runs one
  // transaction at a time); deadlocks between workers are transient errors that executeWrite retries.
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
    try {
      for (let i = next++; i < batches.length; i = next++) {
        const batch = batches[i]!;
        const outcome = await session.executeWrite((tx) => writeDocument(tx, batch));
        summary.documents[outcome]++;
        if (outcome !== 'unchanged') {
          summary.nodes += batch.nodeCount;
          summary.relationships += batch.edgeCount;
          summary.evidence += batch.evidenceCount;
          summary.passages += batch.passages.length;
        }
        options.onProgress?.({ done: ++done, total: batches.length, document: batch.document, outcome });
      }
    } finally {
      await session.close();
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, batches.length));
  await Promise.all(Array.from({ length: workers }, worker));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function isGraphList(graph: GraphJson | readonly GraphJson[]): graph is readonly GraphJson[] {
  return Array.isArray(graph);
}

const FIND_STORED = `${NO_REPLAN}
MATCH (d:Document {id: $id}) RETURN d.id AS id, d.loadHash AS hash
UNION
MATCH (d:Document {file: $file}) RETURN d.id AS id, d.loadHash AS hash`;

/** The transaction body; idempotent, so the driver may retry it after a transient failure. */
export async function writeDocument(tx: ManagedTransaction, batch: DocumentBatch): Promise<DocumentOutcome> {
  const doc = batch.document;
  const stored = (await tx.run(FIND_STORED, { id: doc.id, file: doc.file })).records.map((r) => ({
    id: r.get('id') as string,
    hash: r.get('hash') as string | null,
  }));
  if (stored.length === 1 && stored[0]?.id === doc.id && stored[0].hash === batch.hash) return 'unchanged';
  for (const old of stored) await retractDocument(tx, old.id);

  await tx.run(WRITE_DOCUMENT, documentParameters(batch));
  return stored.length > 0 ? 'replaced' : 'loaded';
}

/** Whole-number props (yuan, codes given as numbers) must be stored as INTEGER, not FLOAT. */
function withCypherProps<T extends { props: NodeProps }>(row: T): T {
  return Object.values(row.props).some((v) => typeof v === 'number')
    ? { ...row, props: toCypher(row.props) as NodeProps }
    : row;
}

/** Document properties; `year` is derived for the API's year lookups, `loadHash` for re-loads. */
export function documentProps(doc: GraphDocument, hash: string): Record<string, string | number> {
  const props: Record<string, string | number> = {
    id: doc.id,
    file: doc.file,
    title: doc.title,
    issuer: doc.issuer,
    jurisdiction: doc.jurisdiction,
    genre: doc.genre,
    chars: doc.chars,
    loadHash: hash,
  };
  if (doc.date !== null) {
    props.date = doc.date;
    props.year = Number(doc.date.slice(0, 4));
  }
  return props;
}

/** The node labels and (type, from label, to label) groups the statement has a subquery for. */
const EDGE_GROUPS: ReadonlyArray<{ type: EdgeType; fromLabel: NodeLabel; toLabel: NodeLabel }> =
  EDGE_TYPES.flatMap((type) =>
    EDGE_ENDS[type][0].flatMap((fromLabel) =>
      EDGE_ENDS[type][1].map((toLabel) => ({ type, fromLabel, toLabel })),
    ),
  );

function groupParameter(group: { type: EdgeType; fromLabel: NodeLabel; toLabel: NodeLabel }): string {
  return `${group.type}_${group.fromLabel}_${group.toLabel}`;
}

/** Parameters of WRITE_DOCUMENT: every label and edge group is present (empty lists cost nothing). */
function documentParameters(batch: DocumentBatch): Record<string, unknown> {
  const doc = batch.document;
  const params: Record<string, unknown> = {
    doc: doc.id,
    props: toCypher(documentProps(doc, batch.hash)),
    // Offsets go as plain numbers (FLOAT on the wire) and become INTEGER in Cypher (toInteger):
    // converting every row in JavaScript cost more client time than the server spends on the batch.
    passages: batch.passages,
    textChunks: batch.textChunks,
  };
  for (const label of NODE_LABELS) params[label] = (batch.nodes[label] ?? []).map(withCypherProps);
  for (const group of EDGE_GROUPS) params[groupParameter(group)] = [];
  for (const group of batch.edges) {
    const name = groupParameter(group);
    // validateGraph refuses end labels outside EDGE_ENDS; a group without a subquery would be dropped.
    if (!(name in params)) throw new Error(`no subquery for edge group ${name}`);
    params[name] = group.rows.map(withCypherProps);
  }
  return params;
}

// Labels and relationship types are spliced into the statement text, so they come from the fixed
// lists of the contract only — never from the input. Node clauses: provenance.ts (mergeNodes).
function mergeEdges(group: { type: EdgeType; fromLabel: NodeLabel; toLabel: NodeLabel }): string {
  // DEPENDS_ON's kind is part of its identity: a project can both rely on and be part of another.
  // Evidence is appended, never filtered: writeDocument retracts a stored version of the document
  // first (same transaction), so no item of $doc is on the relationship, and each edge is one row.
  // Filtering (`[i IN keep | r.evStarts[i]]`) cost O(items²) per shared edge: at 100× the seeds,
  // PART_OF 珠海→广东 carries 1,235 items and that one statement took 390 ms per document.
  const identity = group.type === 'DEPENDS_ON' ? ' {kind: row.kind}' : '';
  return `CALL () {
  UNWIND $${groupParameter(group)} AS row
  MATCH (a:${group.fromLabel} {id: row.from})
  MATCH (b:${group.toLabel} {id: row.to})
  MERGE (a)-[r:${group.type}${identity}]->(b)
  SET r += row.props,
      r.evDocs = coalesce(r.evDocs, []) + [x IN row.evStarts | $doc],
      r.evStarts = coalesce(r.evStarts, []) + [x IN row.evStarts | toInteger(x)],
      r.evEnds = coalesce(r.evEnds, []) + [x IN row.evEnds | toInteger(x)],
      r.evQuotes = coalesce(r.evQuotes, []) + row.evQuotes,
      r.evPassages = coalesce(r.evPassages, []) + row.evPassages,
      r.docs = coalesce(r.docs, []) + $doc
}`;
}

/**
 * Everything a document writes, as one statement: its node, passages, entity nodes with MENTIONS
 * (a subquery per label) and fact relationships (a subquery per type and end labels, since neither
 * can be a parameter). One statement instead of one per label and group: on this shared 2-core
 * machine each statement had a fixed server cost of a few milliseconds, more than most of the
 * small groups' writes. The text is fixed, so it is planned once.
 */
const WRITE_DOCUMENT = [
  `${NO_REPLAN}
CREATE (d:Document) SET d = $props
WITH d
CALL (d) {
  UNWIND $passages AS row
  CREATE (d)-[:HAS_PASSAGE]->(:Passage {
    id: row.id, doc: $doc, start: toInteger(row.start), end: toInteger(row.end), text: row.text
  })
}`,
  WRITE_TEXT,
  ...NODE_LABELS.map(mergeNodes),
  ...EDGE_GROUPS.map(mergeEdges),
].join('\n');
