/**
 * `npm run schema:emit`: writes the API's SDL to schema/schema.graphql (sorted, stable), the file
 * codegen and clients read. test/unit/api/schema.test.ts fails when the checked-in file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printApiSchema } from '../src/api/schema/build.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

await writeFile(SCHEMA_FILE, await printApiSchema(), 'utf8');
console.error(`wrote ${SCHEMA_FILE}`);
