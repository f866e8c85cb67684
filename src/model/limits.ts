/**
 * How long the text fields of graph JSON and of an ingested document may be, in characters
 * (JavaScript string length). The loader (src/store/validate.ts) and the API's ingest input refuse
 * longer values with BAD_USER_INPUT naming the item and the field.
 *
 * Why bounds at all: `name`, `jurisdiction`, `file` and the ids are keys of Neo4j range indexes and
 * constraints, whose entries are limited to about 8 KB (a 3,000-character Chinese jurisdiction broke
 * the index write with an internal error), and every value is sent back by every query that reads it.
 * The bounds are far above what the extractor produces (measured over seeds/ and test/corpus/docs: title
 * 82, issuer 20, jurisdiction 15, names 60, aliases 106 characters), so they only stop abuse and bugs.
 */
export const TEXT_LIMITS = {
  /** Document and node ids. */
  id: 1_000,
  /** The base name of a document's file. */
  file: 255,
  title: 500,
  issuer: 200,
  /** A document's jurisdiction and an agency's props.jurisdiction. */
  jurisdiction: 100,
  /** A node's name and each of its aliases. */
  name: 500,
  /** Any other string prop of a node or an edge. */
  prop: 1_000,
} as const;

/** The most aliases one node may have in one graph. */
export const MAX_ALIASES = 200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an ISO date (YYYY-MM-DD) that is on the calendar: 2024-02-29 yes, 2023-02-29 and 2024-13-45 no. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years below 100 as 19xx
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
