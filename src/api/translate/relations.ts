/**
 * Neighbours of many entities at once, for the per-request loaders: one statement per hop kind and
 * batch of ids (`UNWIND $ids`). Hops are a fixed table — the API never builds a pattern from input.
 */
import type { NodeLabel } from '../../model/graph-json.js';
import { entityMap, factMap, FACT_TYPES } from './fragments.js';
import { statement, type Statement } from './statement.js';

interface HopPattern {
  from: string;
  /** Pattern from `(s)` to `(n)` with the relationship bound to `r`. */
  pattern: string;
  to: string;
}

export const HOPS = {
  projectRoles: { from: 'Project', pattern: '<-[r:LEADS|ASSISTS]-', to: 'Agency' },
  projectPlaces: { from: 'Project', pattern: '-[r:LOCATED_IN]->', to: 'Place' },
  projectFunding: { from: 'Project', pattern: '<-[r:FUNDS]-', to: 'Funding' },
  projectOverseers: { from: 'Project', pattern: '<-[r:OVERSEES]-', to: 'Person' },
  projectFacts: { from: 'Project', pattern: `-[r:${FACT_TYPES}]-`, to: 'Entity' },
  agencyProjects: { from: 'Agency', pattern: '-[r:LEADS|ASSISTS]->', to: 'Project' },
  agencyParent: { from: 'Agency', pattern: '-[r:PART_OF]->', to: 'Agency' },
  agencyChildren: { from: 'Agency', pattern: '<-[r:PART_OF]-', to: 'Agency' },
  agencyPlaces: { from: 'Agency', pattern: '-[r:BASED_IN]->', to: 'Place' },
  agencyFunding: { from: 'Agency', pattern: '<-[r:FUNDS|PROVIDED_BY]-', to: 'Funding' },
  placeParent: { from: 'Place', pattern: '-[r:PART_OF]->', to: 'Place' },
  placeChildren: { from: 'Place', pattern: '<-[r:PART_OF]-', to: 'Place' },
  placeAgencies: { from: 'Place', pattern: '<-[r:BASED_IN]-', to: 'Agency' },
  fundingTargets: { from: 'Funding', pattern: '-[r:FUNDS]->', to: 'Project|Agency' },
  fundingProviders: { from: 'Funding', pattern: '-[r:PROVIDED_BY]->', to: 'Agency' },
  fundingFacts: { from: 'Funding', pattern: `-[r:${FACT_TYPES}]-`, to: 'Entity' },
  personProjects: { from: 'Person', pattern: '-[r:OVERSEES]->', to: 'Project' },
} as const satisfies Record<string, HopPattern>;

export type HopName = keyof typeof HOPS;

/** Rows `{id, node, fact}` for every neighbour, ordered by neighbour name within each id. */
export function neighbours(hop: HopName, ids: readonly string[]): Statement {
  const { from, pattern, to } = HOPS[hop];
  return statement(
    `UNWIND $ids AS id
MATCH (s:${from} {id: id})${pattern}(n:${to})
RETURN id, ${entityMap('n')} AS node, ${factMap('r')} AS fact
ORDER BY id, n.name, n.id`,
    { ids },
  );
}

/** Rows `{id, node, type}`: the neighbours without the facts' evidence, for fields that show only the entities. */
export function neighbourNodes(hop: HopName, ids: readonly string[]): Statement {
  const { from, pattern, to } = HOPS[hop];
  return statement(
    `UNWIND $ids AS id
MATCH (s:${from} {id: id})${pattern}(n:${to})
RETURN id, ${entityMap('n')} AS node, type(r) AS type
ORDER BY id, n.name, n.id`,
    { ids },
  );
}

/** Rows `{id, document}`: the documents that mention each entity (any label). */
export function mentioningDocuments(label: NodeLabel, ids: readonly string[]): Statement {
  return statement(
    `UNWIND $ids AS id
MATCH (s:${label} {id: id})<-[:MENTIONS]-(d:Document)
RETURN id, d {.*} AS document ORDER BY id, d.date DESC, d.file`,
    { ids },
  );
}

/**
 * For each entity of `label` in `$ids`: one page of the facts it takes part in (either end), optionally
 * of some types, with both ends loaded. Ordered by type, then the other end's name.
 */
export function factsOfEntities(
  label: NodeLabel,
  ids: readonly string[],
  types: string[] | null,
  window: { skip: number; limit: number },
): Statement {
  return statement(
    `UNWIND $ids AS id
MATCH (s:${label} {id: id})
OPTIONAL CALL (s) {
  MATCH (s)-[r:${FACT_TYPES}]-(n:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH DISTINCT r, n
  RETURN r, n ORDER BY type(r), n.name, n.id
}
WITH id, collect(CASE WHEN r IS NULL THEN null ELSE r END) AS matches
RETURN id, size(matches) AS total, [r IN matches[$skip..($skip + $limit)] |
  ${factMap('r', `fromNode: ${entityMap('startNode(r)')}, toNode: ${entityMap('endNode(r)')}`)}] AS items`,
    { ids, types, ...window },
  );
}
