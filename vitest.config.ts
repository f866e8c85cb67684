import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throw-away Neo4j for the whole run (test/setup/neo4j.ts); its connection arrives in the
    // test processes as NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
    globalSetup: ['test/setup/neo4j.ts'],
    // Test files share that one server and several wipe its database before each test, so they
    // run one file at a time (Neo4j Community has a single user database: no per-file databases).
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
