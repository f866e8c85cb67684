/**
 * `kg export`: the stored graph back out as graph JSON (docs/graph-json.md), for downstream tools.
 *
 * The inverse of the writer's layout (docs/data-model.md): flattened props are gathered back into
 * `props`, the parallel evidence lists become evidence items. Output is sorted (documents by file,
 * nodes by id, edges by type, ends and kind; evidence by document and offset) so two exports of the
 * same graph are byte-identical. The result is checked against the contract before it is returned.
 */
import type { Driver } from 'neo4j-driver';
import {
  EDGE_TYPES,
  GRAPH_JSON_VERSION,
  NODE_LABELS,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  type GraphEdge,
  type GraphJson,
  type GraphNode,
  type NodeLabel,
  type NodeProps,
} from '../model/graph-json.js';
import { fromCypher } from './neo4j-values.js';
import { RESERVED_EDGE_PROPS, RESERVED_NODE_PROPS, validateGraph } from './validate.js';

const DOCUMENT_FIELDS = ['id', 'file', 'title', 'issuer', 'jurisdiction', 'genre', 'date', 'chars'] as const;

export async function exportGraph(driver: Driver, options: { database?: string } = {}): Promise<GraphJson> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const docs = await tx.run('MATCH (d:Document) RETURN properties(d) AS p ORDER BY d.file');
      const nodes = await tx.run(
        'MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id',
      );
      const edges = await tx.run(
        `MATCH (a:Entity)-[r:${EDGE_TYPES.join('|')}]->(b:Entity)
         RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p
         ORDER BY type, from, to, p.kind`,
      );
      const graph: GraphJson = {
        version: GRAPH_JSON_VERSION,
        documents: docs.records.map((r) => toDocument(fromCypher(r.get('p')) as Record<string, unknown>)),
        nodes: nodes.records.map((r) =>
          toNode(r.get('labels') as string[], fromCypher(r.get('p')) as Record<string, unknown>),
        ),
        edges: edges.records.map((r) =>
          toEdge(
            r.get('type') as EdgeType,
            r.get('from') as string,
            r.get('to') as string,
            fromCypher(r.get('p')) as Record<string, unknown>,
          ),
        ),
      };
      return validateGraph(graph, 'exported graph');
    });
  } finally {
    await session.close();
  }
}

/** A Document node's properties as a graph JSON document. */
export function toDocument(p: Record<string, unknown>): GraphDocument {
  const doc = Object.fromEntries(DOCUMENT_FIELDS.map((k) => [k, p[k] ?? null]));
  if (Array.isArray(p.files)) doc.files = p.files;
  return doc as unknown as GraphDocument;
}

/** An entity node's labels and properties as a graph JSON node (flattened props gathered back). */
export function toNode(labels: string[], p: Record<string, unknown>): GraphNode {
  const label = NODE_LABELS.find((l) => labels.includes(l)) as NodeLabel;
  const aliases = Array.isArray(p.aliases) ? (p.aliases as string[]) : [];
  return {
    id: p.id as string,
    label,
    name: p.name as string,
    ...(aliases.length > 0 ? { aliases } : {}),
    props: without(p, RESERVED_NODE_PROPS),
  };
}

/** A fact relationship as a graph JSON edge (the parallel evidence lists as items). */
export function toEdge(type: EdgeType, from: string, to: string, p: Record<string, unknown>): GraphEdge {
  const docs = (p.evDocs as string[] | undefined) ?? [];
  const evidence: Evidence[] = docs.map((doc, i) => ({
    doc,
    start: (p.evStarts as number[])[i] as number,
    end: (p.evEnds as number[])[i] as number,
    quote: (p.evQuotes as string[])[i] as string,
  }));
  evidence.sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start || a.end - b.end);
  return { type, from, to, props: without(p, RESERVED_EDGE_PROPS), evidence };
}

function without(p: Record<string, unknown>, reserved: readonly string[]): NodeProps {
  return Object.fromEntries(Object.entries(p).filter(([k]) => !reserved.includes(k))) as NodeProps;
}
