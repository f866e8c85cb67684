/** Place lists and the projects of a place (optionally with every sub-place). */
import { Conditions, entityMap, nameContains, pageReturn, PLACE_DEPTH } from './fragments.js';
import { statement, type Statement } from './statement.js';
import type { PageWindow } from '../pagination.js';

export interface PlaceQuery {
  nameContains?: string | null;
  level?: string | null;
  parentId?: string | null;
}

export function listPlaces(query: PlaceQuery, window: PageWindow): Statement {
  const c = new Conditions();
  if (query.nameContains) c.add(nameContains('n', 'nameContains'), { nameContains: query.nameContains });
  if (query.level) c.add('n.level = $level', { level: query.level });
  if (query.parentId)
    c.add('EXISTS { MATCH (n)-[:PART_OF]->(:Place {id: $parentId}) }', { parentId: query.parentId });
  return statement(
    `MATCH (n:Place) ${c.where()}
WITH n ORDER BY n.name, n.id
${pageReturn('n', entityMap, window.counted)}`,
    { ...c.params, ...window },
  );
}

/** For each place in `$ids`: its projects (and those of its sub-places), one page each. */
export function projectsOfPlaces(
  ids: readonly string[],
  includeSubPlaces: boolean,
  window: PageWindow,
): Statement {
  const hops = includeSubPlaces ? `<-[:PART_OF*0..${PLACE_DEPTH}]-(:Place)` : '';
  return statement(
    `UNWIND $ids AS id
MATCH (s:Place {id: id})
OPTIONAL CALL (s) {
  MATCH (s)${hops}<-[:LOCATED_IN]-(n:Project)
  WITH DISTINCT n
  RETURN n ORDER BY n.name, n.id
}
WITH id, collect(n) AS matches
RETURN id, size(matches) AS total, [x IN matches[$skip..($skip + $limit)] | ${entityMap('x')}] AS items`,
    { ids, ...window },
  );
}
