/**
 * The statements that write a transaction's documents (one or many): one for the Documents with their
 * passages and texts, one per label (MERGE the nodes, CREATE the MENTIONS) and one per (relationship
 * type, from label, to label) (MERGE the relationships, append the evidence), each an UNWIND over
 * rows already merged over the transaction's documents (write-parameters.ts): a node row names the
 * documents that mention it, an edge row carries every document's evidence items.
 *
 * Only the statements with rows are sent, pipelined in one transaction (the server runs them in
 * order). Small statements rather than one with a subquery per label and group: on a freshly started
 * server, planning the one large statement took 10–25 s on this machine (the first load of
 * `npm start`), and its cached plan was keyed by which of its list parameters were empty. Each small
 * statement always gets a non-empty list of maps, so its plan is made once. Labels and relationship
 * types are spliced into the text, so they come from the fixed lists of the contract only — never
 * from the input.
 */
import { EDGE_ENDS, EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../model/graph-json.js';
import { WRITE_TEXT } from './document-text.js';
import { NO_REPLAN } from './no-replan.js';
import { RECOMPUTE_NODE } from './provenance.js';

export interface EdgeGroupKey {
  type: EdgeType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
}

/** The (type, from label, to label) groups the statement has a subquery for. */
export const EDGE_GROUPS: readonly EdgeGroupKey[] = EDGE_TYPES.flatMap((type) =>
  EDGE_ENDS[type][0].flatMap((fromLabel) =>
    EDGE_ENDS[type][1].map((toLabel) => ({ type, fromLabel, toLabel })),
  ),
);

export function groupParameter(group: EdgeGroupKey): string {
  return `${group.type}_${group.fromLabel}_${group.toLabel}`;
}

/** The Document nodes with their passages and text chunks (`d` is bound inside WRITE_TEXT). */
const CREATE_DOCUMENTS = `${NO_REPLAN}
CALL () {
  UNWIND $rows AS doc
  CREATE (d:Document) SET d = doc.props
  WITH d, doc
  CALL (d, doc) {
    UNWIND doc.passages AS row
    CREATE (d)-[:HAS_PASSAGE]->(:Passage {
      id: row.id, doc: d.id, start: toInteger(row.start), end: toInteger(row.end), text: row.text
    })
  }
  WITH d, doc.textChunks AS textChunks
  ${WRITE_TEXT.replaceAll('\n', '\n  ')}
}`;

/**
 * MERGE the nodes of one label; each document mentioning a node records what it said about it on its
 * MENTIONS, and a node is recomputed from all its MENTIONS (provenance.ts) only when some document
 * of the transaction disagrees with what it holds: a write takes a shared node's lock until commit.
 */
function mergeNodes(label: NodeLabel): string {
  return `${NO_REPLAN}
CALL () {
  UNWIND $rows AS row
  MERGE (n:${label} {id: row.id})
  ON CREATE SET n:Entity, n.name = row.name, n.aliases = [], n += row.props
  WITH n, row
  CALL (n, row) {
    UNWIND row.mentions AS c
    MATCH (d:Document {id: c.doc})
    CREATE (d)-[m:MENTIONS]->(n)
    SET m = c.props, m.name = c.name, m.aliases = c.aliases
  }
  WITH n, row
  WHERE any(c IN row.mentions WHERE c.name <> n.name
     OR any(a IN c.aliases WHERE NOT a IN n.aliases)
     OR any(k IN keys(c.props) WHERE n[k] IS NULL OR n[k] <> c.props[k]))
  ${RECOMPUTE_NODE.replaceAll('\n', '\n  ')}
}`;
}

function mergeEdges(group: EdgeGroupKey): string {
  // DEPENDS_ON's kind is part of its identity: a project can both rely on and be part of another.
  // Evidence is appended, never filtered: the writer retracts a stored version of each document
  // first (same transaction), so no item of these documents is on the relationship. A row holds the
  // items of all the transaction's documents, so a hub relationship (PART_OF 珠海→广东: 1,235 items
  // at 100× the seeds) has its lists rewritten once per transaction, not once per document.
  const identity = group.type === 'DEPENDS_ON' ? ' {kind: row.kind}' : '';
  return `${NO_REPLAN}
CALL () {
  UNWIND $rows AS row
  MATCH (a:${group.fromLabel} {id: row.from})
  MATCH (b:${group.toLabel} {id: row.to})
  MERGE (a)-[r:${group.type}${identity}]->(b)
  SET r += row.props,
      r.evDocs = coalesce(r.evDocs, []) + row.evDocs,
      r.evStarts = coalesce(r.evStarts, []) + [x IN row.evStarts | toInteger(x)],
      r.evEnds = coalesce(r.evEnds, []) + [x IN row.evEnds | toInteger(x)],
      r.evQuotes = coalesce(r.evQuotes, []) + row.evQuotes,
      r.evPassages = coalesce(r.evPassages, []) + row.evPassages,
      r.docs = coalesce(r.docs, []) + row.docs
}`;
}

/** The statement for each key of the rows (write-parameters.ts): documents, labels, edge groups. */
const STATEMENTS = new Map<string, string>([
  ['documents', CREATE_DOCUMENTS],
  ...NODE_LABELS.map((label): [string, string] => [label, mergeNodes(label)]),
  ...EDGE_GROUPS.map((group): [string, string] => [groupParameter(group), mergeEdges(group)]),
]);

/** In order: documents, then nodes (MENTIONS need the documents), then relationships. Empty ones left out. */
export function writeStatements(
  rows: ReadonlyMap<string, unknown[]>,
): Array<{ query: string; params: { rows: unknown[] } }> {
  const statements: Array<{ query: string; params: { rows: unknown[] } }> = [];
  for (const [key, query] of STATEMENTS) {
    const list = rows.get(key);
    if (list && list.length > 0) statements.push({ query, params: { rows: list } });
  }
  for (const key of rows.keys()) {
    // validateGraph refuses end labels outside EDGE_ENDS; rows without a statement would be dropped.
    if (!STATEMENTS.has(key)) throw new Error(`no write statement for ${key}`);
  }
  return statements;
}
