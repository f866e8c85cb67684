/**
 * Hand-written documents through the whole extractor (its public surface, loaders/index.ts), the
 * way `kg extract` reads a file — with no manifest unless the test gives one, as unseen documents
 * come — and readable views of the facts. For the extractor's unit tests.
 */
import { extractGraph, type SourceDocument } from '../../loaders/index.js';
import type { GraphJson } from '../../src/model/graph-json.js';

/** The graph of `text`; a document the extractor refuses fails the test with its reason. */
export function extract(text: string, metadata?: SourceDocument['metadata']): GraphJson {
  const { graph, failures } = extractGraph([
    { file: 't.txt', bytes: Buffer.from(text, 'utf8'), ...(metadata ? { metadata } : {}) },
  ]);
  if (failures.length > 0)
    throw new Error(`the extractor refused the test document: ${failures.map((f) => f.message).join('; ')}`);
  return graph;
}

/** "LEADS 珠海市财政局 → 项目" for every role edge, sorted. */
export function roles(graph: GraphJson): string[] {
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.type === 'LEADS' || e.type === 'ASSISTS')
    .map((e) => `${e.type} ${name.get(e.from)} → ${name.get(e.to)}`)
    .sort();
}

/** "from → to (kind)" for every edge of a type, sorted. */
export function edges(graph: GraphJson, type: string): string[] {
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.type === type)
    .map((e) => `${name.get(e.from)} → ${name.get(e.to)}${e.props.kind ? ` (${String(e.props.kind)})` : ''}`)
    .sort();
}
