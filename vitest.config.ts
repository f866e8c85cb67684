import { defineConfig } from 'vitest/config';

/**
 * Two tiers (`npm run test:unit`, `npm run test:db`; `npm test` runs both):
 * - unit: everything outside test/db/. No database, no Java: files run in parallel.
 * - db: test/db/, against one throw-away real Neo4j that test/db/global-setup.ts starts (only when a
 *   db test is about to run). Its connection arrives in the test processes as NEO4J_URI /
 *   NEO4J_USER / NEO4J_PASSWORD and inject('neo4j'). The files share that server and wipe its
 *   database, so they run one at a time (Community has a single user database: no per-file ones).
 * The two tiers use different pools, so the unit files run while the db files wait on Neo4j.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/db/**', '**/node_modules/**'],
          pool: 'forks',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts'],
          globalSetup: ['test/db/global-setup.ts'],
          pool: 'threads',
          poolOptions: { threads: { singleThread: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
