import { defineConfig } from 'vitest/config';

/**
 * Two tiers (`npm run test:unit`, `npm run test:db`; `npm test` runs both):
 * - unit: everything outside test/db/. No database, no Java: files run in parallel.
 * - db: test/db/, against one throw-away real Neo4j that test/db/global-setup.ts starts (only when a
 *   db test is about to run). Its connection arrives in the test processes as NEO4J_URI /
 *   NEO4J_USER / NEO4J_PASSWORD and inject('neo4j'). The files share that server and wipe its
 *   database, so they run one at a time (Community has a single user database: no per-file ones).
 * In `npm test` the unit tier runs first and the db tier after it (sequence.groupOrder): run side by
 * side on a 2-core machine, the CPU-bound unit files slowed the db tier's child processes past their
 * time limits.
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
          sequence: { groupOrder: 0 },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts'],
          globalSetup: ['test/db/global-setup.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
