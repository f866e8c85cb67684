/** Entities by id (batched) and by name or alias (for resolving what a user typed). */
import type { NodeLabel } from '../../model/graph-json.js';
import { NODE_LABELS } from '../../model/graph-json.js';
import { entityMap } from './fragments.js';
import { statement, type Statement } from './statement.js';

/**
 * One statement for ids of any labels: one UNWIND branch per label so that each lookup uses that
 * label's id index. Params are `$ids_<Label>`.
 */
export function entitiesById(idsByLabel: Partial<Record<NodeLabel, string[]>>): Statement {
  const branches = NODE_LABELS.filter((label) => idsByLabel[label]?.length).map(
    (label) => `UNWIND $ids_${label} AS id MATCH (n:${label} {id: id}) RETURN ${entityMap('n')} AS node`,
  );
  const params = Object.fromEntries(NODE_LABELS.map((label) => [`ids_${label}`, idsByLabel[label] ?? []]));
  return statement(`CALL () {\n${branches.join('\nUNION ALL\n')}\n}\nRETURN node`, params);
}

/** Up to 20 entities of `label` whose name or one alias is exactly `name`, optionally in a jurisdiction. */
export function entitiesByName(label: NodeLabel, name: string, jurisdiction?: string | null): Statement {
  const inJurisdiction = jurisdiction
    ? `AND (n.jurisdiction = $jurisdiction OR n.name STARTS WITH $jurisdiction
        OR EXISTS { MATCH (n)-[:BASED_IN|PART_OF]->(pl:Place) WHERE pl.name = $jurisdiction OR $jurisdiction IN pl.aliases })`
    : '';
  return statement(
    `MATCH (n:${label})
WHERE (n.name = $name OR $name IN coalesce(n.aliases, [])) ${inJurisdiction}
RETURN ${entityMap('n')} AS node ORDER BY n.name, n.id LIMIT 20`,
    { name, jurisdiction: jurisdiction ?? null },
  );
}
