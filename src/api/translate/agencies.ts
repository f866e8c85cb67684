/** Agency lists and co-ownership (agencies that lead or assist the same projects). */
import { Conditions, entityFields, entityMap, nameContains, pageReturn, pageRows } from './fragments.js';
import { statement, type Statement } from './statement.js';
import type { PageWindow } from '../pagination.js';

export interface AgencyQuery {
  nameContains?: string | null;
  jurisdiction?: string | null;
  kind?: string | null;
}

export function listAgencies(query: AgencyQuery, window: PageWindow): Statement {
  const c = new Conditions();
  if (query.nameContains) c.add(nameContains('n', 'nameContains'), { nameContains: query.nameContains });
  if (query.jurisdiction) c.add('n.jurisdiction = $jurisdiction', { jurisdiction: query.jurisdiction });
  if (query.kind) c.add('n.kind = $kind', { kind: query.kind });
  return statement(
    `MATCH (n:Agency) ${c.where()}
WITH n ORDER BY n.name, n.id
${pageReturn('n', entityMap, window.counted)}`,
    { ...c.params, ...window },
  );
}

export interface PairQuery {
  minShared: number;
  /** Relationship types both agencies must hold on a shared project. */
  roleTypes: string[];
  jurisdiction?: string | null;
}

function pairMap(x: string): string {
  return `{a: ${entityMap(`${x}.a`)}, b: ${entityMap(`${x}.b`)}, sharedCount: size(${x}.shared),
  projects: [p IN ${x}.shared | ${entityMap('p')}]}`;
}

const ROLE_TYPES = ['LEADS', 'ASSISTS'];

/** `LEADS|ASSISTS` from the role types asked for: written into the pattern, so only known types pass. */
function rolePattern(roleTypes: readonly string[]): string {
  const known = ROLE_TYPES.filter((t) => roleTypes.includes(t));
  if (!known.length) throw new RangeError(`role types ${roleTypes.join(',')}`);
  return known.join('|');
}

/**
 * All pairs (a.id < b.id), most shared projects first. Pairs are counted first (count DISTINCT, no
 * lists); the shared projects are collected and sorted only for the pairs on the page.
 */
/** The fields a request selects on a pair's agencies and projects (undefined: all properties). */
export interface PairFields {
  a?: readonly string[];
  b?: readonly string[];
  projects?: readonly string[];
}

export function listAgencyPairs(query: PairQuery, window: PageWindow, fields: PairFields = {}): Statement {
  const roles = rolePattern(query.roleTypes);
  const rows = pageRows('{a: a, b: b, sharedCount: sharedCount}', window.counted);
  const jurisdiction = query.jurisdiction
    ? 'AND a.jurisdiction = $jurisdiction AND b.jurisdiction = $jurisdiction'
    : '';
  return statement(
    `MATCH (a:Agency)-[:${roles}]->(p:Project)<-[:${roles}]-(b:Agency)
WHERE a.id < b.id ${jurisdiction}
WITH a, b, count(DISTINCT p) AS sharedCount
WHERE sharedCount >= $minShared
WITH a, b, sharedCount ORDER BY sharedCount DESC, a.name, b.name
${rows.clause}
CALL (matches) {
  UNWIND ${rows.page} AS x
  CALL (x) {
    WITH x.a AS a, x.b AS b
    MATCH (a)-[:${roles}]->(p:Project)<-[:${roles}]-(b)
    WITH DISTINCT p ORDER BY p.name, p.id
    RETURN collect(${entityFields('p', 'Project', fields.projects)}) AS projects
  }
  RETURN collect({a: ${entityFields('x.a', 'Agency', fields.a)}, b: ${entityFields('x.b', 'Agency', fields.b)},
    sharedCount: x.sharedCount, projects: projects}) AS items
}
RETURN ${rows.total} AS total, items`,
    { minShared: query.minShared, jurisdiction: query.jurisdiction ?? null, ...window },
  );
}

/** For each agency in `$ids`: its co-owners, one page each (`a` is always that agency). */
export function coOwnersOf(ids: readonly string[], query: PairQuery, window: PageWindow): Statement {
  const jurisdiction = query.jurisdiction ? 'AND b.jurisdiction = $jurisdiction' : '';
  return statement(
    `UNWIND $ids AS id
MATCH (a:Agency {id: id})
OPTIONAL CALL (a) {
  MATCH (a)-[r1:LEADS|ASSISTS]->(p:Project)<-[r2:LEADS|ASSISTS]-(b:Agency)
  WHERE type(r1) IN $roleTypes AND type(r2) IN $roleTypes ${jurisdiction}
  WITH b, p ORDER BY p.name, p.id
  WITH b, collect(DISTINCT p) AS shared
  WHERE size(shared) >= $minShared
  RETURN b, shared ORDER BY size(shared) DESC, b.name
}
WITH id, collect(CASE WHEN b IS NULL THEN null ELSE {a: a, b: b, shared: shared} END) AS matches
RETURN id, size(matches) AS total, [x IN matches[$skip..($skip + $limit)] | ${pairMap('x')}] AS items`,
    {
      ids,
      roleTypes: query.roleTypes,
      minShared: query.minShared,
      jurisdiction: query.jurisdiction ?? null,
      ...window,
    },
  );
}

export interface NetworkQuery extends PairQuery {
  maxEdges: number;
  /** Only this agency and its co-owners (with every edge among them). */
  around?: string | null;
}

/**
 * The co-ownership network: one edge per pair of agencies owning at least `$minShared` projects together
 * (both in a role of `$roleTypes`; with a jurisdiction, both in it — the centre excepted), heaviest first
 * and cut at `$maxEdges`, with the agencies on the kept edges. No row when the centre does not exist.
 */
export function agencyNetwork(query: NetworkQuery): Statement {
  const inJurisdiction = (v: string) => (query.jurisdiction ? `${v}.jurisdiction = $jurisdiction` : 'true');
  const roles = 'type(r1) IN $roleTypes AND type(r2) IN $roleTypes';
  const start = query.around
    ? `MATCH (centre:Agency {id: $around})
CALL (centre) {
  OPTIONAL MATCH (centre)-[r1:LEADS|ASSISTS]->(p:Project)<-[r2:LEADS|ASSISTS]-(b:Agency)
  WHERE ${roles} AND ${inJurisdiction('b')}
  WITH b, count(DISTINCT p) AS shared WHERE b IS NOT NULL AND shared >= $minShared
  RETURN collect(b) AS coOwners
}
CALL (centre, coOwners) {
  UNWIND coOwners + centre AS a
  MATCH (a)-[r1:LEADS|ASSISTS]->(p:Project)<-[r2:LEADS|ASSISTS]-(b:Agency)
  WHERE a.id < b.id AND (b IN coOwners OR b = centre) AND ${roles}`
    : `WITH null AS centre
CALL () {
  MATCH (a:Agency)-[r1:LEADS|ASSISTS]->(p:Project)<-[r2:LEADS|ASSISTS]-(b:Agency)
  WHERE a.id < b.id AND ${inJurisdiction('a')} AND ${inJurisdiction('b')} AND ${roles}`;
  return statement(
    `${start}
  WITH a, b, count(DISTINCT p) AS shared WHERE shared >= $minShared
  WITH a, b, shared ORDER BY shared DESC, a.name, b.name, a.id, b.id
  RETURN collect({a: a, b: b, shared: shared}) AS pairs
}
WITH centre, size(pairs) AS total, pairs[0..toInteger($maxEdges)] AS kept
CALL (centre, kept) {
  UNWIND [e IN kept | e.a] + [e IN kept | e.b] + CASE WHEN centre IS NULL THEN [] ELSE [centre] END AS n
  WITH DISTINCT n ORDER BY n.name, n.id
  RETURN collect({
    agency: ${entityMap('n')},
    projectCount: COUNT { MATCH (n)-[r:LEADS|ASSISTS]->(p:Project) WHERE type(r) IN $roleTypes RETURN DISTINCT p }
  }) AS nodes
}
RETURN total, nodes, [e IN kept | {source: e.a.id, target: e.b.id, sharedCount: e.shared}] AS edges`,
    {
      roleTypes: query.roleTypes,
      minShared: query.minShared,
      jurisdiction: query.jurisdiction ?? null,
      maxEdges: query.maxEdges,
      around: query.around ?? null,
    },
  );
}
