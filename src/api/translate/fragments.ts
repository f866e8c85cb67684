/**
 * Constant Cypher fragments shared by the translate modules. They take variable names chosen by this
 * code, never request values.
 */

/**
 * An entity as `{props, labels}` (rows.ts `entityRow` turns it into an EntityRow). Unlike a map
 * projection (`n {.*}`), this works on any expression, e.g. `pair.a` or `startNode(r)`.
 */
export function entityMap(expr: string): string {
  return `{props: properties(${expr}), labels: labels(${expr})}`;
}

/** Property names taken from a request's selection: spliced into the statement, so identifiers only. */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Like entityMap, but with only the properties the request selects (plus id and name) and a known
 * label: less for the server to read and for the driver to decode. For rows that go straight to the
 * response, never for ones cached in the per-request loaders (another field may need more of them).
 * Selected names that are not stored properties (relation fields) come back null and are not read.
 */
export function entityFields(expr: string, label: string, fields?: readonly string[]): string {
  if (!fields) return entityMap(expr);
  const names = new Set(['id', 'name', ...fields.filter((f) => PROPERTY_NAME.test(f) && f !== 'label')]);
  const props = [...names].map((n) => `\`${n}\`: ${expr}.\`${n}\``).join(', ');
  return `{props: {${props}}, labels: ['${label}']}`;
}

/** A fact relationship as a FactRow: type, kind, ends and its evidence lists zipped into items. */
export function factMap(r: string, extra = ''): string {
  return (
    `{type: type(${r}), kind: ${r}.kind, from: startNode(${r}).id, to: endNode(${r}).id, ` +
    `evidence: [i IN range(0, size(coalesce(${r}.evDocs, [])) - 1) | ` +
    `{doc: ${r}.evDocs[i], start: ${r}.evStarts[i], end: ${r}.evEnds[i], quote: ${r}.evQuotes[i]}]` +
    (extra ? `, ${extra}}` : '}')
  );
}

/** Relationship types that are facts between entities (not MENTIONS/HAS_PASSAGE bookkeeping). */
export const FACT_TYPES = 'LEADS|ASSISTS|LOCATED_IN|FUNDS|PROVIDED_BY|DEPENDS_ON|PART_OF|OVERSEES|BASED_IN';

/** How far `place` filters follow PART_OF down to sub-places (province → village is 5 levels). */
export const PLACE_DEPTH = 8;

/** DEPENDS_ON hops up to `depth`, a validated small integer: Cypher has no parameter for variable-length bounds. */
export function dependencyPattern(direction: 'out' | 'in', depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > 10) throw new RangeError(`depth ${depth}`);
  return direction === 'out' ? `-[:DEPENDS_ON*1..${depth}]->` : `<-[:DEPENDS_ON*1..${depth}]-`;
}

/** Name or alias contains `$param`. */
export function nameContains(v: string, param: string): string {
  return `(${v}.name CONTAINS $${param} OR any(alias IN coalesce(${v}.aliases, []) WHERE alias CONTAINS $${param}))`;
}

/**
 * Ends a statement whose last clause is `WITH … ORDER BY …` over rows of `v`: returns one page mapped
 * by `map` (a function of an element variable). Counted, it collects references to all rows, counts
 * and slices them, which keeps a connection (page + totalCount) to one round trip; uncounted, it
 * stops after the page and one more row (for hasNextPage) and returns a null total. (JavaScript numbers
 * arrive as floats, which SKIP/LIMIT refuse: hence toInteger.)
 */
export function pageReturn(v: string, map: (x: string) => string, counted = true): string {
  if (!counted) {
    return `SKIP toInteger($skip) LIMIT toInteger($limit) + 1
WITH collect(${map(v)}) AS items
RETURN null AS total, items`;
  }
  return `WITH collect(${v}) AS matches
RETURN size(matches) AS total, [x IN matches[$skip..($skip + $limit)] | ${map('x')}] AS items`;
}

/** After `WITH … ORDER BY …`: the page's rows (all counted, or the page plus one) as a list `matches`. */
export function pageRows(v: string, counted: boolean): { clause: string; page: string; total: string } {
  return counted
    ? {
        clause: `WITH collect(${v}) AS matches`,
        page: 'matches[$skip..($skip + $limit)]',
        total: 'size(matches)',
      }
    : {
        clause: `SKIP toInteger($skip) LIMIT toInteger($limit) + 1\nWITH collect(${v}) AS matches`,
        page: 'matches',
        total: 'null',
      };
}

/** AND-joined conditions with their parameters. */
export class Conditions {
  readonly parts: string[] = [];
  readonly params: Record<string, unknown> = {};

  add(fragment: string, params: Record<string, unknown> = {}): this {
    this.parts.push(fragment);
    Object.assign(this.params, params);
    return this;
  }

  where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }

  and(): string {
    return this.parts.length ? `AND ${this.parts.join(' AND ')}` : '';
  }
}
