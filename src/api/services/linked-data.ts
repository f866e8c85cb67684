/**
 * One entity or document as JSON-LD (linked-data/jsonld.ts), for `GET <IRI>` with
 * Accept: application/ld+json. Reads the store once per request.
 */
import type { EdgeType, GraphJson, NodeLabel } from '../../model/graph-json.js';
import { documentToJsonLd, entityToJsonLd, type JsonLdNode } from '../../linked-data/jsonld.js';
import type { IriLabel } from '../../linked-data/iri.js';
import { toDocument, toEdge, toNode } from '../../store/export.js';
import type { GraphReader } from '../graph-reader.js';
import { documentFacts, entityNeighbourhood } from '../translate/linked-data.js';

interface RawNode {
  labels: string[];
  p: Record<string, unknown>;
}
interface RawEdge {
  type: EdgeType;
  from: string;
  to: string;
  p: Record<string, unknown>;
}

const edges = (raw: RawEdge[]) => raw.map((e) => toEdge(e.type, e.from, e.to, e.p));
const nodes = (raw: RawNode[]) => raw.map((n) => toNode(n.labels, n.p));

export class LinkedDataService {
  constructor(
    private readonly reader: GraphReader,
    private readonly base: string,
  ) {}

  /** The JSON-LD of the entity or document with this id; null when there is none. */
  async describe(label: IriLabel, id: string): Promise<JsonLdNode | null> {
    if (label === 'Document') {
      const [row] = await this.reader.read(documentFacts(id));
      if (!row) return null;
      const graph: GraphJson = {
        version: 1,
        documents: [toDocument(row.document as Record<string, unknown>)],
        nodes: nodes(row.nodes as RawNode[]),
        edges: edges(row.edges as RawEdge[]),
      };
      return documentToJsonLd(graph, id, this.base);
    }
    const [row] = await this.reader.read(entityNeighbourhood(label as NodeLabel, id));
    if (!row) return null;
    const graph: GraphJson = {
      version: 1,
      documents: [],
      nodes: nodes([row.node as RawNode, ...(row.others as RawNode[])]),
      edges: edges(row.edges as RawEdge[]),
    };
    return entityToJsonLd(graph, id, this.base);
  }
}
