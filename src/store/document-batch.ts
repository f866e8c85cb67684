/**
 * Splits a graph JSON object into what each document contributes, ready to be written in one
 * transaction per document.
 *
 * Graph JSON is graph-level: a node or an edge may be supported by several documents. The store keeps
 * support per document (MENTIONS, evidence items on relationships) so that deleting or replacing one
 * document removes exactly its share. A document supports:
 * - every edge with an evidence item citing it (with only those items),
 * - every node such an edge touches (a node is "mentioned" by a document when evidence from that
 *   document touches it),
 * - when the graph has a single document, also the nodes no edge touches (nothing else can claim them).
 * Nodes with no edge in a graph of several documents have no evidence tying them to any document;
 * they are counted as `unattributedNodes` and not written.
 */
import { createHash } from 'node:crypto';
import {
  type EdgeType,
  type GraphDocument,
  type GraphJson,
  type GraphNode,
  type NodeLabel,
  type NodeProps,
} from '../model/graph-json.js';
import { storedTextChunks, type TextChunkRow } from './document-text.js';
import { passageAround, passageId } from './passage.js';

/**
 * Part of every document's hash: changing it when the store's layout changes makes the next `kg load`
 * rewrite every document in the new layout instead of reporting it unchanged. `provenance-1`: each
 * MENTIONS records the document's name, aliases and props for the node (provenance.ts).
 */
export const LOAD_FORMAT = 'provenance-1';

export interface NodeRow {
  id: string;
  name: string;
  aliases: string[];
  /** Graph JSON props without nulls (a null would erase a value another document set). */
  props: NodeProps;
}

export interface EdgeRow {
  from: string;
  to: string;
  /** DEPENDS_ON's kind is part of the relationship's identity; null for the other types. */
  kind: string | null;
  props: NodeProps;
  evStarts: number[];
  evEnds: number[];
  evQuotes: string[];
  evPassages: string[];
}

/** One Cypher statement's worth of edges: relationship type and end labels cannot be parameters. */
export interface EdgeGroup {
  type: EdgeType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: EdgeRow[];
}

export interface PassageRow {
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface DocumentBatch {
  document: GraphDocument;
  passages: PassageRow[];
  /** The decoded original text in chunks (document-text.ts); empty when the text is not known. */
  textChunks: TextChunkRow[];
  nodes: Partial<Record<NodeLabel, NodeRow[]>>;
  edges: EdgeGroup[];
  nodeCount: number;
  edgeCount: number;
  evidenceCount: number;
  /** Hash of everything above: equal hashes mean re-loading the document would change nothing. */
  hash: string;
}

export interface SplitResult {
  batches: DocumentBatch[];
  unattributedNodes: number;
}

/**
 * Pure. `texts` maps document ids to their decoded original text; without it (or when a quote does
 * not match the text) the passage is the quote itself.
 */
export function splitByDocument(
  graph: GraphJson,
  texts: ReadonlyMap<string, string> = new Map(),
): SplitResult {
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const perDoc = new Map<
    string,
    { nodeIds: Set<string>; edges: Map<string, EdgeDraft>; passages: Map<string, PassageRow> }
  >(graph.documents.map((d) => [d.id, { nodeIds: new Set(), edges: new Map(), passages: new Map() }]));
  const touched = new Set<string>();

  for (const edge of graph.edges) {
    const kind = edge.type === 'DEPENDS_ON' && typeof edge.props.kind === 'string' ? edge.props.kind : null;
    // Edges with the same identity (type, ends, DEPENDS_ON kind) are one relationship in the store.
    const key = `${edge.type}\u0000${edge.from}\u0000${edge.to}\u0000${kind ?? ''}`;
    touched.add(edge.from).add(edge.to);
    for (const ev of edge.evidence) {
      const share = perDoc.get(ev.doc);
      if (!share) continue; // validateGraph refuses this; splitting stays total anyway
      share.nodeIds.add(edge.from).add(edge.to);
      let draft = share.edges.get(key);
      if (!draft) {
        draft = {
          type: edge.type,
          from: edge.from,
          to: edge.to,
          kind,
          props: withoutNulls(edge.props),
          items: new Map(),
        };
        share.edges.set(key, draft);
      } else {
        Object.assign(draft.props, withoutNulls(edge.props));
      }
      const passage = passageFor(ev.doc, ev.start, ev.end, ev.quote, texts.get(ev.doc));
      share.passages.set(passage.id, passage);
      draft.items.set(`${ev.start}-${ev.end}`, {
        start: ev.start,
        end: ev.end,
        quote: ev.quote,
        passage: passage.id,
      });
    }
  }

  const orphans = graph.nodes.filter((n) => !touched.has(n.id));
  const onlyDoc = graph.documents.length === 1 ? graph.documents[0] : undefined;
  if (onlyDoc) for (const n of orphans) perDoc.get(onlyDoc.id)?.nodeIds.add(n.id);

  const batches = graph.documents.map((document) => {
    const share = perDoc.get(document.id)!;
    const textChunks = storedTextChunks(texts.get(document.id), document.chars);
    return buildBatch(document, share.nodeIds, share.edges, share.passages, nodeById, textChunks);
  });
  return { batches, unattributedNodes: onlyDoc ? 0 : orphans.length };
}

interface EdgeDraft {
  type: EdgeType;
  from: string;
  to: string;
  kind: string | null;
  props: NodeProps;
  items: Map<string, { start: number; end: number; quote: string; passage: string }>;
}

function buildBatch(
  document: GraphDocument,
  nodeIds: Set<string>,
  edges: Map<string, EdgeDraft>,
  passages: Map<string, PassageRow>,
  nodeById: Map<string, GraphNode>,
  textChunks: TextChunkRow[],
): DocumentBatch {
  const nodes: Partial<Record<NodeLabel, NodeRow[]>> = {};
  for (const id of [...nodeIds].sort()) {
    const node = nodeById.get(id);
    if (!node) continue;
    (nodes[node.label] ??= []).push({
      id,
      name: node.name,
      aliases: [...new Set(node.aliases ?? [])],
      props: withoutNulls(node.props),
    });
  }

  const groups = new Map<string, EdgeGroup>();
  let evidenceCount = 0;
  for (const draft of [...edges.values()].sort(compareDrafts)) {
    const fromLabel = nodeById.get(draft.from)?.label;
    const toLabel = nodeById.get(draft.to)?.label;
    if (!fromLabel || !toLabel) continue;
    const groupKey = `${draft.type}:${fromLabel}:${toLabel}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { type: draft.type, fromLabel, toLabel, rows: [] }));
    const items = [...draft.items.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    evidenceCount += items.length;
    group.rows.push({
      from: draft.from,
      to: draft.to,
      kind: draft.kind,
      props: draft.props,
      evStarts: items.map((i) => i.start),
      evEnds: items.map((i) => i.end),
      evQuotes: items.map((i) => i.quote),
      evPassages: items.map((i) => i.passage),
    });
  }

  const passageRows = [...passages.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const edgeGroups = [...groups.values()];
  const batch = {
    document,
    passages: passageRows,
    textChunks,
    nodes,
    edges: edgeGroups,
    nodeCount: Object.values(nodes).reduce((sum, rows) => sum + rows.length, 0),
    edgeCount: edgeGroups.reduce((sum, g) => sum + g.rows.length, 0),
    evidenceCount,
  };
  return {
    ...batch,
    hash: createHash('sha256').update(LOAD_FORMAT).update(JSON.stringify(batch)).digest('hex'),
  };
}

/** Plain code-unit order: localeCompare's collation is slow and not needed for a stable order. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareDrafts(a: EdgeDraft, b: EdgeDraft): number {
  return (
    byCodeUnit(a.type, b.type) ||
    byCodeUnit(a.from, b.from) ||
    byCodeUnit(a.to, b.to) ||
    byCodeUnit(a.kind ?? '', b.kind ?? '')
  );
}

function passageFor(
  docId: string,
  start: number,
  end: number,
  quote: string,
  text: string | undefined,
): PassageRow {
  // A text whose slice differs from the quote is not the text the offsets point into: use the quote.
  const span =
    text !== undefined && text.slice(start, end) === quote
      ? passageAround(text, start, end)
      : { start, end, text: quote };
  return { id: passageId(docId, span), ...span };
}

function withoutNulls(props: NodeProps): NodeProps {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}
