/**
 * Search over names and aliases, with substring semantics: "发改局" finds every entity whose name or
 * an alias contains exactly that string.
 *
 * With two or more characters the store's full-text index (cjk analyzer: overlapping bigrams) picks
 * the candidates through a phrase query, and CONTAINS keeps only true substrings (bigrams may match
 * across separate words). One character has no bigram, and Funding is not in that index, so those
 * searches scan names instead — still one statement. Exact names rank first, then aliases, prefixes,
 * then shorter names.
 */
import type { NodeLabel } from '../../model/graph-json.js';
import { entityMap, nameContains, pageReturn } from './fragments.js';
import { statement, type Statement } from './statement.js';
import type { PageWindow } from '../pagination.js';

export const ENTITY_NAMES_INDEX = 'entityNames';
/** Labels in the store's full-text index (src/store/schema.ts). */
const INDEXED: readonly NodeLabel[] = ['Agency', 'Project', 'Place', 'Person'];

const RANK = `WITH n, CASE
  WHEN n.name = $text THEN 0
  WHEN $text IN coalesce(n.aliases, []) THEN 1
  WHEN n.name STARTS WITH $text THEN 2
  ELSE 3 END AS rank
ORDER BY rank, size(n.name), n.name, n.id`;

/** A Lucene phrase query for `text`: quotes and backslashes escaped, nothing else is syntax inside quotes. */
export function phraseQuery(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function searchEntities(text: string, labels: NodeLabel[] | null, window: PageWindow): Statement {
  const wanted = labels?.length ? labels : null;
  const useIndex = [...text].length >= 2 && (wanted ?? ['Funding']).every((l) => INDEXED.includes(l));
  if (useIndex) {
    return statement(
      `CALL db.index.fulltext.queryNodes('${ENTITY_NAMES_INDEX}', $phrase) YIELD node AS n
WHERE ${nameContains('n', 'text')} AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
${RANK}
${pageReturn('n', entityMap, window.counted)}`,
      { text, phrase: phraseQuery(text), labels: wanted, ...window },
    );
  }
  // Labels come from the EntityLabel enum (validated by GraphQL), never from free text.
  const labelExpression = wanted ? wanted.join('|') : 'Entity';
  return statement(
    `MATCH (n:${labelExpression}) WHERE ${nameContains('n', 'text')}
${RANK}
${pageReturn('n', entityMap, window.counted)}`,
    { text, ...window },
  );
}
