/**
 * Builds the graph JSON (docs/graph-json.md): documents, nodes merged by id (aliases collected),
 * edges merged by (type, from, to, kind) with every evidence item. Evidence quotes are sliced from
 * the ORIGINAL decoded text, so `quote === text.slice(start, end)` holds by construction.
 * Output order is sorted, so the same input always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import {
  GRAPH_JSON_VERSION,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  type GraphEdge,
  type GraphJson,
  type GraphNode,
  type NodeProps,
} from '../../src/model/graph-json.js';

export function documentId(text: string): string {
  return `doc:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}

interface NodeDraft {
  node: GraphNode;
  aliases: Set<string>;
}

export class GraphBuilder {
  private readonly documents: GraphDocument[] = [];
  private readonly texts = new Map<string, string>();
  private readonly nodes = new Map<string, NodeDraft>();
  private readonly edges = new Map<string, GraphEdge>();

  addDocument(doc: GraphDocument, originalText: string): void {
    if (this.texts.has(doc.id)) return; // the same content twice is one document
    this.documents.push(doc);
    this.texts.set(doc.id, originalText);
  }

  /** The original text of every document added, by document id. */
  documentTexts(): Map<string, string> {
    return new Map(this.texts);
  }

  hasDocument(id: string): boolean {
    return this.texts.has(id);
  }

  /**
   * Adds or merges a node. For merged nodes the longer name wins (the most complete form of a
   * project name); every other name becomes an alias.
   */
  addNode(node: GraphNode): void {
    const draft = this.nodes.get(node.id);
    if (!draft) {
      this.nodes.set(node.id, {
        node: { ...node, props: { ...node.props } },
        aliases: new Set(node.aliases ?? []),
      });
      return;
    }
    const names = [node.name, ...(node.aliases ?? [])];
    if (node.label === 'Project' && node.name.length > draft.node.name.length) {
      draft.aliases.add(draft.node.name);
      draft.node.name = node.name;
    }
    for (const n of names) draft.aliases.add(n);
    for (const [k, v] of Object.entries(node.props))
      if (draft.node.props[k] === undefined || draft.node.props[k] === null) draft.node.props[k] = v;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addEdge(
    type: EdgeType,
    from: string,
    to: string,
    props: NodeProps,
    doc: string,
    start: number,
    end: number,
    rules: readonly string[] = [],
  ): void {
    const text = this.texts.get(doc);
    if (text === undefined || from === to) return;
    const evidence: Evidence = {
      doc,
      start,
      end,
      quote: text.slice(start, end),
      ...(rules.length ? { rules: [...rules] } : {}),
    };
    const key = `${type}|${from}|${to}|${JSON.stringify(props)}`;
    const edge = this.edges.get(key);
    if (!edge) {
      this.edges.set(key, { type, from, to, props, evidence: [evidence] });
      return;
    }
    const same = edge.evidence.find((e) => e.doc === doc && e.start === start && e.end === end);
    if (!same) edge.evidence.push(evidence);
    else if (rules.length) same.rules = [...new Set([...(same.rules ?? []), ...rules])];
  }

  build(): GraphJson {
    const nodes = [...this.nodes.values()]
      .map(({ node, aliases }) => {
        aliases.delete(node.name);
        const list = [...aliases].sort();
        return { ...node, ...(list.length || node.aliases ? { aliases: list } : {}) };
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const edges = [...this.edges.values()]
      .filter((e) => this.nodes.has(e.from) && this.nodes.has(e.to))
      .map((e) => ({
        ...e,
        evidence: [...e.evidence].sort((a, b) =>
          a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start,
        ),
      }))
      .sort((a, b) => {
        const ka = `${a.type}|${a.from}|${a.to}|${JSON.stringify(a.props)}`;
        const kb = `${b.type}|${b.from}|${b.to}|${JSON.stringify(b.props)}`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
    const documents = [...this.documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { version: GRAPH_JSON_VERSION, documents, nodes, edges };
  }
}
