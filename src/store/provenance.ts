/**
 * Provenance of shared nodes: what each document's extraction said about a node, and the node's
 * values derived from all of them.
 *
 * Several documents mention one agency or place, and each may give it other aliases or other values
 * (`kind`, `level`, even `name`). Each document's contribution is kept on its MENTIONS relationship
 * (`m.name`, `m.aliases` and the graph JSON props flattened onto it), and the node holds what they
 * add up to:
 * - `aliases`: the union over its documents, sorted, so that no load order shows through;
 * - `name` and every prop: the value most of its documents give; a tie goes to the value given by the
 *   smallest document id. A key no document gives any more is removed.
 * Deleting or replacing a document removes its MENTIONS and recomputes the nodes it mentioned
 * (DROP_MENTIONS), so an alias or value only it gave goes with it.
 *
 * Writing recomputes a node only when the document disagrees with what the node holds (a new alias, a
 * missing or different value): a vote for the current winner cannot change it, and recomputing reads
 * every MENTIONS of the node, which for a city mentioned by thousands of documents is not free.
 *
 * Nodes written before provenance was kept have MENTIONS without `name`: they are left as they are
 * (LOAD_FORMAT in document-batch.ts makes the next `kg load` rewrite every document once).
 */
import { NO_REPLAN } from './no-replan.js';

/**
 * Recomputes `n` (bound by the caller) from its MENTIONS; a clause of a larger statement. Nodes with
 * no MENTIONS carrying a contribution are left unchanged (the vote subquery returns no row).
 */
export const RECOMPUTE_NODE = `CALL (n) {
  CALL (n) {
    MATCH (:Document)-[m:MENTIONS]->(n) WHERE m.name IS NOT NULL
    UNWIND m.aliases AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  CALL (n) {
    MATCH (doc:Document)-[m:MENTIONS]->(n) WHERE m.name IS NOT NULL
    UNWIND [k IN keys(m) WHERE k <> 'aliases'] AS key
    WITH key, m[key] AS value, count(*) AS votes, min(doc.id) AS firstDoc
    ORDER BY votes DESC, firstDoc
    WITH key, collect(value)[0] AS value
    RETURN collect({key: key, value: value}) AS chosen
  }
  WITH n, aliases, chosen, [k IN keys(n) WHERE NOT k IN ['id', 'aliases'] + [c IN chosen | c.key]] AS dropped
  // Written only when something changes: a write locks the node and updates its indexes, and deleting
  // one of a city's thousand documents rarely changes the city.
  WHERE size(chosen) > 0
    AND (n.aliases <> aliases OR size(dropped) > 0 OR any(c IN chosen WHERE n[c.key] IS NULL OR n[c.key] <> c.value))
  SET n.aliases = aliases
  FOREACH (k IN dropped | SET n[k] = null)
  FOREACH (c IN chosen | SET n[c.key] = c.value)
}`;

/**
 * Removes a document's MENTIONS (`$doc`): the nodes it mentioned are recomputed without its
 * contribution, and those left with no relationship at all (no other document, no fact) are deleted.
 */
export const DROP_MENTIONS = `${NO_REPLAN}
MATCH (:Document {id: $doc})-[m:MENTIONS]->(n)
DELETE m
WITH n
CALL (n) {
  WITH n WHERE EXISTS { (n)--() }
  ${RECOMPUTE_NODE}
}
WITH n WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS nodes`;

/**
 * Nodes whose stored aliases or values are not what their documents' contributions add up to — an
 * alias no document gives any more, a value left by a deleted document — and nodes no document
 * mentions. Zero in a consistent store; `kg stats` reports it.
 */
export const COUNT_UNPROVEN = `
MATCH (n:Entity)
CALL (n) {
  MATCH (:Document)-[m:MENTIONS]->(n) WHERE m.name IS NOT NULL
  UNWIND m.aliases AS alias
  RETURN collect(DISTINCT alias) AS given
}
WITH n, given
WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(n) } OR any(a IN n.aliases WHERE NOT a IN given)
   OR any(k IN keys(n) WHERE NOT k IN ['id', 'aliases']
          AND NOT EXISTS { MATCH (:Document)-[m:MENTIONS]->(n) WHERE m[k] = n[k] })
RETURN count(n) AS n`;
