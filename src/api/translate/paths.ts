/** The shortest connection between two entities over fact relationships (in either direction). */
import type { NodeLabel } from '../../model/graph-json.js';
import { entityMap, factMap, FACT_TYPES } from './fragments.js';
import { statement, type Statement } from './statement.js';

export const MAX_HOPS = 6;

/**
 * `maxHops` is a validated integer (1..MAX_HOPS) written into the pattern: Cypher does not accept a
 * parameter as a variable-length bound.
 */
export function shortestPath(
  from: { id: string; label: NodeLabel },
  to: { id: string; label: NodeLabel },
  maxHops: number,
): Statement {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
    throw new RangeError(`maxHops ${maxHops}`);
  return statement(
    `OPTIONAL MATCH (a:${from.label} {id: $from})
OPTIONAL MATCH (b:${to.label} {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[:${FACT_TYPES}*..${maxHops}]-(b))
RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo,
  CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | ${entityMap('n')}] END AS nodes,
  CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | ${factMap('r')}] END AS facts`,
    { from: from.id, to: to.id },
  );
}
