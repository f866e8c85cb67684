/**
 * `npm run codegen`: typed operations for the questions in queries/ (schema from the checked-in
 * SDL), written to src/generated/graphql.ts. The output is checked in so the example client
 * type-checks without a build step; test/unit/api/schema.test.ts fails when it is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['queries/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string' },
      },
    },
  },
  silent: true,
};

export default config;
