/** The checked-in SDL and generated operation types must match the code (run the npm scripts named). */
import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import { printApiSchema } from '../../../src/api/schema/build.js';
import codegenConfig from '../../../codegen.js';

const root = new URL('../../../', import.meta.url);

it('schema/schema.graphql is up to date (npm run schema:emit)', async () => {
  const checkedIn = await readFile(new URL('schema/schema.graphql', root), 'utf8');
  expect(
    checkedIn === (await printApiSchema()),
    'schema/schema.graphql is stale: run npm run schema:emit',
  ).toBe(true);
});

it('the schema has the query fields researchers rely on', async () => {
  const sdl = await printApiSchema();
  for (const field of [
    'agencies(',
    'agency(',
    'agencyPairs(',
    'projects(',
    'project(',
    'places(',
    'place(',
    'documents(',
    'document(',
    'search(',
    'path(',
    'fundingSummary(',
    'ingestDocument(',
    'deleteDocument(',
  ]) {
    expect(sdl).toContain(`  ${field}`);
  }
});

it('src/generated/graphql.ts is up to date (npm run codegen)', async () => {
  const [output] = await generate({ ...codegenConfig, cwd: root.pathname }, false);
  const checkedIn = await readFile(new URL('src/generated/graphql.ts', root), 'utf8');
  expect(output?.content === checkedIn, 'src/generated/graphql.ts is stale: run npm run codegen').toBe(true);
});
