/**
 * Nested relations fetched with their parent: a map expression of COLLECT subqueries over a node
 * variable, added to the statement that finds the parent. The per-request loaders are then primed
 * with the results (services/prefetch.ts), so a query such as "projects with their leads, places and
 * funding" costs one round trip instead of one per nesting level.
 *
 * Each subquery returns exactly what the loader's own batched statement returns for one id
 * (relations.ts, projects.ts), in the same order, so a primed value cannot differ from a loaded one.
 */
import { dependencyPattern, entityMap, factMap } from './fragments.js';
import { HOPS, type HopName } from './relations.js';

export interface DependencyWant {
  direction: 'out' | 'in';
  depth: number;
}

export interface Prefetch {
  /** Neighbour lists (node and fact), as Loaders.neighbours. */
  hops: readonly HopName[];
  /** Neighbour lists without evidence (node and relationship type), as Loaders.neighbourNodes. */
  nodeHops: readonly HopName[];
  /** Dependency links, as Loaders.dependencies. */
  dependencies: readonly DependencyWant[];
  /** The documents quoted by the evidence of the agencies' roles (LEADS/ASSISTS into the node). */
  roleDocuments: boolean;
}

export const NO_PREFETCH: Prefetch = { hops: [], nodeHops: [], dependencies: [], roleDocuments: false };

export function isEmpty(p: Prefetch): boolean {
  return !p.hops.length && !p.nodeHops.length && !p.dependencies.length && !p.roleDocuments;
}

/** Key of one dependency list in the prefetch map (`out3`). */
export function dependencyKey(want: DependencyWant): string {
  return `${want.direction}${want.depth}`;
}

function hopList(v: string, hop: HopName, into: string, withFacts: boolean): string {
  const { pattern, to } = HOPS[hop];
  const item = withFacts ? `fact: ${factMap('r')}` : 'type: type(r)';
  return `CALL (${v}) {
  OPTIONAL MATCH (${v})${pattern}(nb:${to})
  WITH r, nb ORDER BY nb.name, nb.id
  RETURN collect(CASE WHEN nb IS NULL THEN null ELSE {node: ${entityMap('nb')}, ${item}} END) AS ${into}
}`;
}

function dependencyList(v: string, want: DependencyWant, into: string): string {
  return `CALL (${v}) {
  OPTIONAL MATCH path = (${v})${dependencyPattern(want.direction, want.depth)}(:Project)
  UNWIND CASE WHEN path IS NULL THEN [] ELSE range(0, length(path) - 1) END AS i
  WITH relationships(path)[i] AS r, i + 1 AS hop
  WITH r, min(hop) AS depth
  WITH r, depth, startNode(r) AS a, endNode(r) AS b ORDER BY depth, b.name
  RETURN collect(${factMap('r', `depth: depth, fromNode: ${entityMap('a')}, toNode: ${entityMap('b')}`)}) AS ${into}
}`;
}

function roleDocumentList(v: string, into: string): string {
  return `CALL (${v}) {
  OPTIONAL MATCH (${v})<-[r:LEADS|ASSISTS]-(:Agency)
  UNWIND coalesce(r.evDocs, []) AS doc
  WITH DISTINCT doc
  MATCH (d:Document {id: doc})
  RETURN collect(d {.*}) AS ${into}
}`;
}

/**
 * For node variable `v` (not one of the names used inside: nb, r, path, i, hop, depth, a, b, doc, d): CALL subqueries (each yields one list, and one row even when empty) and a
 * map `{hops: {<hop>: [...]}, nodeHops: {<hop>: [...]}, dependencies: {<key>: [...]}, documents: [...]}` of their results.
 * Hop names and depths come from fixed tables and validated integers, never from request text.
 */
export function prefetchClauses(v: string, p: Prefetch): { calls: string; map: string } {
  const calls: string[] = [];
  const hops = p.hops.map((hop) => {
    calls.push(hopList(v, hop, `pf_${hop}`, true));
    return `${hop}: pf_${hop}`;
  });
  const nodeHops = p.nodeHops.map((hop) => {
    calls.push(hopList(v, hop, `pf_nodes_${hop}`, false));
    return `${hop}: pf_nodes_${hop}`;
  });
  const deps = p.dependencies.map((want) => {
    const key = dependencyKey(want);
    calls.push(dependencyList(v, want, `pf_${key}`));
    return `${key}: pf_${key}`;
  });
  if (p.roleDocuments) calls.push(roleDocumentList(v, 'pf_documents'));
  const documents = p.roleDocuments ? 'pf_documents' : '[]';
  return {
    calls: calls.join('\n'),
    map: `{hops: {${hops.join(', ')}}, nodeHops: {${nodeHops.join(', ')}}, dependencies: {${deps.join(', ')}}, documents: ${documents}}`,
  };
}
