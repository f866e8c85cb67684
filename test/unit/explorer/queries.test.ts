/**
 * Every operation the explorer sends is valid against the schema and within the request limits
 * (depth, complexity) with the variables its pages use — so no page can fail on a limit at run time.
 */
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { MAX_COMPLEXITY, MAX_DEPTH, operationDepth, queryComplexity } from '../../../src/api/limits.js';
import { buildApiSchema } from '../../../src/api/schema/build.js';
import { ALL } from '../../../src/explorer/queries.js';

// The schema's graphql instance (see src/api/schema/build.ts).
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The largest variables each page sends. */
const VARIABLES: Record<keyof typeof ALL, Record<string, unknown>> = {
  SEARCH: { text: '发改' },
  HOME: {},
  AGENCY: { id: 'agency:x' },
  AGENCY_FACTS: { id: 'agency:x', after: null },
  AGENCY_PROJECTS: { id: 'agency:x', after: null },
  NETWORK: { around: null, role: null, jurisdiction: null, minShared: 1, maxEdges: 2000 },
  SHARED_PROJECTS: { agency: 'agency:x' },
  PROJECT: { id: 'project:x' },
  DEPENDENCIES: { id: 'project:x', depth: 10 },
  DOCUMENT: { id: 'doc:x', after: null },
  EVIDENCE_TEXT: { doc: 'doc:x', start: 0, end: 50_000 },
  PLACE: { id: 'place:x', after: null },
  ENTITY: { id: 'person:x', after: null },
};

it.each(Object.entries(ALL))('%s is valid and within the limits', async (name, query) => {
  const schema = await buildApiSchema();
  const document = parse(query);
  expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  expect(operationDepth(document)).toBeLessThanOrEqual(MAX_DEPTH);
  const variables = VARIABLES[name as keyof typeof ALL];
  expect(queryComplexity(schema, document, variables)).toBeLessThanOrEqual(MAX_COMPLEXITY);
});
