/**
 * The database schema: uniqueness constraints, lookup indexes, the Chinese full-text index.
 *
 * Applied at the start of every load (and by the API at start-up): every statement is
 * `IF NOT EXISTS`, so applying it again changes nothing. Writes must not start before the indexes
 * are online, or MERGE would scan labels instead of seeking the constraint's index.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** Every label whose nodes are keyed by `id`. */
export const KEYED_LABELS = [
  'Agency',
  'Project',
  'Place',
  'Funding',
  'Person',
  'Document',
  'Passage',
] as const;

/** The full-text index over entity names and aliases (query with db.index.fulltext.queryNodes). */
export const ENTITY_NAMES_INDEX = 'entityNames';

/**
 * [index name, label, property] for the range indexes behind the API's lookups. Every index is
 * updated by every write of its label, so only lookups the API makes by value are indexed (ids are
 * covered by the constraints; low-selectivity `kind` values are not worth an index).
 */
const RANGE_INDEXES: ReadonlyArray<readonly [string, string, string]> = [
  ['agency_name', 'Agency', 'name'],
  ['agency_jurisdiction', 'Agency', 'jurisdiction'],
  ['project_name', 'Project', 'name'],
  ['place_name', 'Place', 'name'],
  ['place_code', 'Place', 'code'],
  ['person_name', 'Person', 'name'],
  ['funding_yuan', 'Funding', 'yuan'],
  ['document_file', 'Document', 'file'],
  ['document_date', 'Document', 'date'],
  ['document_year', 'Document', 'year'],
  ['document_jurisdiction', 'Document', 'jurisdiction'],
];

export function schemaStatements(): string[] {
  const constraints = KEYED_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const ranges = RANGE_INDEXES.map(
    ([name, label, property]) => `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  );
  // The cjk analyzer indexes Chinese as overlapping character bigrams, so a substring such as
  // 发展和改革 finds 珠海市发展和改革局. `aliases` is a list of strings, which full-text indexes
  // index item by item (checked in test/db/store/schema.test.ts).
  const fulltext =
    `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS ` +
    `FOR (n:Agency|Project|Place|Person) ON EACH [n.name, n.aliases] ` +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}}";
  return [...constraints, ...ranges, fulltext];
}

/** Creates what is missing and waits until every index is online. */
export async function applySchema(
  driver: Driver,
  options: { database?: string; timeoutSeconds?: number } = {},
): Promise<void> {
  const session = driver.session({ database: options.database });
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run(`CALL db.awaitIndexes($timeout)`, {
      timeout: neo4j.int(options.timeoutSeconds ?? 300),
    });
  } finally {
    await session.close();
  }
}
