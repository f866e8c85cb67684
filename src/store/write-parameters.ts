/**
 * The rows of the write statements (write-statement.ts) for the documents of one transaction.
 *
 * Rows are merged over the documents, in their order, so that the statement writes each node and
 * relationship once per transaction: a node row lists the documents that mention it, each with what
 * it said about the node (`mentions`: name, aliases, props — the node's values are derived from them,
 * provenance.ts; the row's own name and props only seed a new node); an edge row concatenates the documents' evidence items, each tagged with its
 * document (evDocs) — the same lists one write per document would leave.
 */
import { NODE_LABELS, type GraphDocument, type NodeLabel, type NodeProps } from '../model/graph-json.js';
import type { DocumentBatch, EdgeRow, NodeRow } from './document-batch.js';
import { toCypher } from './neo4j-values.js';
import { groupParameter } from './write-statement.js';

/** Document properties; `year` is derived for the API's year lookups, `loadHash` for re-loads. */
export function documentProps(doc: GraphDocument, hash: string): Record<string, string | number | string[]> {
  const props: Record<string, string | number | string[]> = {
    id: doc.id,
    file: doc.file,
    title: doc.title,
    issuer: doc.issuer,
    jurisdiction: doc.jurisdiction,
    genre: doc.genre,
    chars: doc.chars,
    loadHash: hash,
  };
  if (doc.files) props.files = doc.files;
  if (doc.date !== null) {
    props.date = doc.date;
    props.year = Number(doc.date.slice(0, 4));
  }
  return props;
}

/** What one document said about a node: recorded on its MENTIONS (provenance.ts). */
interface Contribution {
  doc: string;
  name: string;
  aliases: string[];
  props: NodeProps;
}

interface MergedNode extends NodeRow {
  docs: string[];
  mentions: Contribution[];
}

interface MergedEdge extends Omit<EdgeRow, 'evStarts'> {
  evStarts: number[];
  evDocs: string[];
  docs: string[];
}

/** Whole-number props (yuan, codes given as numbers) must be stored as INTEGER, not FLOAT. */
function withCypherProps<T extends { props: NodeProps }>(row: T): T {
  return Object.values(row.props).some((v) => typeof v === 'number')
    ? { ...row, props: toCypher(row.props) as NodeProps }
    : row;
}

function mergeNodeRows(batches: readonly DocumentBatch[], label: NodeLabel): MergedNode[] {
  const merged = new Map<string, MergedNode>();
  for (const batch of batches) {
    for (const row of batch.nodes[label] ?? []) {
      const seen = merged.get(row.id);
      if (!seen) {
        merged.set(row.id, {
          ...row,
          aliases: [...row.aliases],
          props: { ...row.props },
          docs: [batch.document.id],
          mentions: [contribution(batch.document.id, row)],
        });
        continue;
      }
      seen.docs.push(batch.document.id);
      seen.mentions.push(contribution(batch.document.id, row));
    }
  }
  return [...merged.values()].map(withCypherProps);
}

function contribution(doc: string, row: NodeRow): Contribution {
  return withCypherProps({ doc, name: row.name, aliases: [...row.aliases], props: { ...row.props } });
}

function mergeEdgeRows(batches: readonly DocumentBatch[]): Map<string, MergedEdge[]> {
  const byGroup = new Map<string, Map<string, MergedEdge>>();
  for (const batch of batches) {
    const doc = batch.document.id;
    for (const group of batch.edges) {
      const name = groupParameter(group);
      let rows = byGroup.get(name);
      if (!rows) byGroup.set(name, (rows = new Map()));
      for (const row of group.rows) {
        const key = `${row.from}\u0000${row.to}\u0000${row.kind ?? ''}`;
        const evDocs = row.evStarts.map(() => doc);
        const seen = rows.get(key);
        if (!seen) {
          // Copies: the lists grow with the next documents' items, and the batch may be written again alone.
          rows.set(key, {
            ...row,
            props: { ...row.props },
            evStarts: [...row.evStarts],
            evEnds: [...row.evEnds],
            evQuotes: [...row.evQuotes],
            evPassages: [...row.evPassages],
            evDocs,
            docs: [doc],
          });
          continue;
        }
        Object.assign(seen.props, row.props);
        seen.evDocs.push(...evDocs);
        seen.evStarts.push(...row.evStarts);
        seen.evEnds.push(...row.evEnds);
        seen.evQuotes.push(...row.evQuotes);
        seen.evPassages.push(...row.evPassages);
        seen.docs.push(doc);
      }
    }
  }
  return new Map([...byGroup].map(([name, rows]) => [name, [...rows.values()].map(withCypherProps)]));
}

/** The rows of each write statement (write-statement.ts), by key: `documents`, each label, each edge group. */
export function writeParameters(batches: readonly DocumentBatch[]): Map<string, unknown[]> {
  const rows = new Map<string, unknown[]>();
  // Offsets go as plain numbers (FLOAT on the wire) and become INTEGER in Cypher (toInteger):
  // converting every row in JavaScript cost more client time than the server spends on the batch.
  rows.set(
    'documents',
    batches.map((batch) => ({
      props: toCypher(documentProps(batch.document, batch.hash)),
      passages: batch.passages,
      textChunks: batch.textChunks,
    })),
  );
  for (const label of NODE_LABELS) rows.set(label, mergeNodeRows(batches, label));
  for (const [name, edgeRows] of mergeEdgeRows(batches)) rows.set(name, edgeRows);
  return rows;
}
