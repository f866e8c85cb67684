/**
 * What the JSON-LD of one entity or document is made from: the node, the facts it takes part in (or,
 * for a document, is evidence for) with all their evidence, and the entities at their other ends — as
 * stored properties, turned into graph JSON by the store's export converters.
 */
import type { NodeLabel } from '../../model/graph-json.js';
import { FACT_TYPES } from './fragments.js';
import { statement, type Statement } from './statement.js';

const EDGE = '{type: type(r), from: startNode(r).id, to: endNode(r).id, p: properties(r)}';
const NODE = (v: string) => `{labels: labels(${v}), p: properties(${v})}`;

/** One row `{node, edges, others}`, or none when there is no such entity. */
export function entityNeighbourhood(label: NodeLabel, id: string): Statement {
  return statement(
    `MATCH (n:${label} {id: $id})
CALL (n) {
  MATCH (n)-[r:${FACT_TYPES}]-(m:Entity)
  RETURN collect(DISTINCT ${EDGE}) AS edges, collect(DISTINCT ${NODE('m')}) AS others
}
RETURN ${NODE('n')} AS node, edges, others`,
    { id },
  );
}

/** One row `{document, edges, nodes}`, or none when there is no such document. */
export function documentFacts(id: string): Statement {
  return statement(
    `MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (d)-[:MENTIONS]->(a:Entity)-[r:${FACT_TYPES}]->(b:Entity)
  WHERE $id IN r.docs
  WITH DISTINCT r, a, b
  UNWIND [a, b] AS m
  WITH r, m
  RETURN collect(DISTINCT ${EDGE}) AS edges, collect(DISTINCT ${NODE('m')}) AS nodes
}
RETURN properties(d) AS document, edges, nodes`,
    { id },
  );
}
