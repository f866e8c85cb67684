/** Project lists with filters, and dependency chains. */
import {
  Conditions,
  dependencyPattern,
  entityMap,
  factMap,
  nameContains,
  pageRows,
  PLACE_DEPTH,
} from './fragments.js';
import { NO_PREFETCH, prefetchClauses, type Prefetch } from './prefetch.js';
import { statement, type Statement } from './statement.js';
import type { PageWindow } from '../pagination.js';
import type { ProjectOrder } from '../schema/enums.js';

export interface ProjectQuery {
  nameContains?: string | null;
  agencyId?: string | null;
  /** LEADS and/or ASSISTS: the roles `agencyId` (or any agency) must hold. Null = no role condition. */
  roleTypes?: string[] | null;
  placeId?: string | null;
  kind?: string | null;
  minYuan?: number | null;
  documentId?: string | null;
  order: ProjectOrder;
}

const ORDERS: Record<ProjectOrder, string> = {
  NAME_ASC: 'WITH n ORDER BY n.name, n.id',
  NAME_DESC: 'WITH n ORDER BY n.name DESC, n.id DESC',
  FUNDING_DESC: `WITH n, COLLECT { MATCH (f:Funding)-[:FUNDS]->(n) WHERE f.yuan IS NOT NULL RETURN f.yuan } AS amounts
WITH n, reduce(top = -1.0, y IN amounts | CASE WHEN y > top THEN y ELSE top END) AS top
ORDER BY top DESC, n.name, n.id`,
  AGENCIES_DESC: `WITH n, COUNT { (:Agency)-[:LEADS|ASSISTS]->(n) } AS agencies
ORDER BY agencies DESC, n.name, n.id`,
};

export function projectConditions(query: Omit<ProjectQuery, 'order'>, v = 'n'): Conditions {
  const c = new Conditions();
  if (query.nameContains) c.add(nameContains(v, 'nameContains'), { nameContains: query.nameContains });
  if (query.agencyId) {
    c.add(
      `EXISTS { MATCH (:Agency {id: $agencyId})-[r:LEADS|ASSISTS]->(${v}) WHERE $roleTypes IS NULL OR type(r) IN $roleTypes }`,
      { agencyId: query.agencyId, roleTypes: query.roleTypes ?? null },
    );
  } else if (query.roleTypes) {
    c.add(`EXISTS { MATCH (:Agency)-[r:LEADS|ASSISTS]->(${v}) WHERE type(r) IN $roleTypes }`, {
      roleTypes: query.roleTypes,
    });
  }
  if (query.placeId) {
    c.add(
      `EXISTS { MATCH (${v})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(:Place {id: $placeId}) }`,
      {
        placeId: query.placeId,
      },
    );
  }
  if (query.kind) c.add(`${v}.kind = $kind`, { kind: query.kind });
  if (query.minYuan != null) {
    c.add(`EXISTS { MATCH (f:Funding)-[:FUNDS]->(${v}) WHERE f.yuan >= $minYuan }`, {
      minYuan: query.minYuan,
    });
  }
  if (query.documentId) {
    c.add(`EXISTS { MATCH (:Document {id: $documentId})-[:MENTIONS]->(${v}) }`, {
      documentId: query.documentId,
    });
  }
  return c;
}

/**
 * One page of projects, each with the relations in `prefetch` (items `{node, prefetch}`), and the
 * number of all matches. With a place, the statement starts from it and walks down to its
 * sub-places' projects: as an EXISTS condition per project, the planner expanded the whole sub-tree
 * once per project. `placeFound` tells a missing place (given by id, not looked up before) from a
 * place without projects.
 */
export function listProjects(
  query: ProjectQuery,
  window: PageWindow,
  prefetch: Prefetch = NO_PREFETCH,
): Statement {
  // The place is where the statement starts, so it is not also a per-project condition (an EXISTS
  // walking the sub-tree again for every project: 10× the database hits).
  const c = projectConditions({ ...query, placeId: null });
  const related = prefetchClauses('x', prefetch);
  const rows = pageRows('n', window.counted);
  const start = query.placeId
    ? `MATCH (:Place {id: $placeId})<-[:PART_OF*0..${PLACE_DEPTH}]-(:Place)<-[:LOCATED_IN]-(n:Project)
WITH DISTINCT n`
    : 'MATCH (n:Project)';
  return statement(
    `${start} ${c.where()}
${ORDERS[query.order]}
${rows.clause}
CALL (matches) {
  UNWIND ${rows.page} AS x
  ${related.calls}
  RETURN collect({node: ${entityMap('x')}, prefetch: ${related.map}}) AS items
}
RETURN ${rows.total} AS total, items,
  $placeId IS NULL OR EXISTS { MATCH (:Place {id: $placeId}) } AS placeFound`,
    { ...c.params, placeId: query.placeId ?? null, ...window },
  );
}

/** One project by id with the relations in `prefetch`; no row when there is no such project. */
export function projectWithRelations(id: string, prefetch: Prefetch): Statement {
  const related = prefetchClauses('n', prefetch);
  return statement(
    `MATCH (n:Project {id: $id})
${related.calls}
RETURN ${entityMap('n')} AS node, ${related.map} AS prefetch`,
    { id },
  );
}

/**
 * For each project in `$ids`: every DEPENDS_ON link within `depth` hops (outgoing = what it depends
 * on, incoming = what depends on it), each once, with the hop count at which it is first reached.
 */
export function dependencyLinks(ids: readonly string[], direction: 'out' | 'in', depth: number): Statement {
  const pattern = dependencyPattern(direction, depth);
  return statement(
    `UNWIND $ids AS id
MATCH (s:Project {id: id})
OPTIONAL CALL (s) {
  MATCH path = (s)${pattern}(:Project)
  UNWIND range(0, length(path) - 1) AS i
  WITH relationships(path)[i] AS r, i + 1 AS hop
  WITH r, min(hop) AS depth
  RETURN r, depth, startNode(r) AS a, endNode(r) AS b ORDER BY depth, b.name
}
WITH id, collect(CASE WHEN r IS NULL THEN null ELSE ${factMap(
      'r',
      `depth: depth, fromNode: ${entityMap('a')}, toNode: ${entityMap('b')}`,
    )} END) AS links
RETURN id, links`,
    { ids },
  );
}
