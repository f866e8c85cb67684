/** Builds the executable schema from the type-graphql classes (once per process is enough). */
import 'reflect-metadata';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from '../resolvers/index.js';

// The printer must come from the same graphql instance as type-graphql's schema objects. Node
// resolves type-graphql's `import 'graphql'` to the CommonJS build; a bundler-style resolver (vitest)
// would give this module the .mjs one, and graphql refuses objects from "another realm".
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    // Inputs are checked by the services (page sizes, ids) — no class-validator pass.
    validate: false,
  });
  return built;
}

/** The SDL checked in as schema/schema.graphql: sorted, so it only changes when the API does. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
