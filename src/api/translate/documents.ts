/** Documents: lists, lookup by id, the facts a document supports and their counts. */
import { Conditions, entityMap, factMap, FACT_TYPES } from './fragments.js';
import { statement, type Statement } from './statement.js';
import type { PageWindow } from '../pagination.js';

export interface DocumentQuery {
  titleContains?: string | null;
  jurisdiction?: string | null;
  genre?: string | null;
}

export function listDocuments(query: DocumentQuery, window: PageWindow): Statement {
  const c = new Conditions();
  if (query.titleContains) c.add('d.title CONTAINS $titleContains', { titleContains: query.titleContains });
  if (query.jurisdiction) c.add('d.jurisdiction = $jurisdiction', { jurisdiction: query.jurisdiction });
  if (query.genre) c.add('d.genre = $genre', { genre: query.genre });
  return statement(
    `MATCH (d:Document) ${c.where()}
WITH d ORDER BY d.date DESC, d.file
WITH collect(d) AS matches
RETURN size(matches) AS total, [x IN matches[$skip..($skip + $limit)] | x {.*}] AS items`,
    { ...c.params, ...window },
  );
}

export function documentsById(ids: readonly string[]): Statement {
  return statement(`UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN id, d {.*} AS document`, { ids });
}

/** For each document in `$ids`: one page of the facts it is evidence for, optionally of some types. */
export function factsOfDocuments(
  ids: readonly string[],
  types: string[] | null,
  window: PageWindow,
): Statement {
  return statement(
    `UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL CALL (d, id) {
  MATCH (d)-[:MENTIONS]->(a:Entity)-[r:${FACT_TYPES}]->(b:Entity)
  WHERE id IN r.docs AND ($types IS NULL OR type(r) IN $types)
  WITH DISTINCT r, a, b
  RETURN r, a, b ORDER BY type(r), a.name, b.name
}
WITH id, collect(CASE WHEN r IS NULL THEN null ELSE {r: r, a: a, b: b} END) AS matches
RETURN id, size(matches) AS total, [x IN matches[$skip..($skip + $limit)] |
  ${factMap('x.r', `fromNode: ${entityMap('x.a')}, toNode: ${entityMap('x.b')}`)}] AS items`,
    { ids, types, ...window },
  );
}

/** For each document: how many entities it mentions and how many facts of each type it supports. */
export function documentCounts(ids: readonly string[]): Statement {
  return statement(
    `UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, COUNT { (d)-[:MENTIONS]->(:Entity) } AS entityCount,
  COLLECT {
    MATCH (d)-[:MENTIONS]->(:Entity)-[r:${FACT_TYPES}]->(:Entity)
    WHERE id IN r.docs
    WITH DISTINCT r
    RETURN type(r) AS type
  } AS factTypes`,
    { ids },
  );
}

/**
 * For each document in `$ids`: whether its text is stored, and the text chunks (store/document-text.ts)
 * that overlap [$start, $end).
 */
export function documentTextRanges(ids: readonly string[], start: number, end: number): Statement {
  return statement(
    `UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_TEXT]->(c:TextChunk)
  WITH c, c.start < $end AND c.end > $start AS wanted
  RETURN count(c) > 0 AS stored,
    collect(CASE WHEN wanted THEN {start: c.start, end: c.end, text: c.text} END) AS chunks
}
RETURN id, stored, chunks`,
    { ids, start, end },
  );
}
