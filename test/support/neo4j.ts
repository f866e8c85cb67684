/**
 * Test access to Neo4j: the server the vitest globalSetup (test/db/global-setup.ts) started for this
 * run, or NEO4J_TEST_URI. Never the developer's `main` instance: the tests wipe the database.
 */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { openDriver, type ConnectionSettings } from '../../src/store/connection.js';
import { disableNagle } from '../../src/store/tcp-no-delay.js';

/** Connection of the test server, as the globalSetup provided it. */
export function testConnectionSettings(): ConnectionSettings {
  const provided = inject('neo4j');
  if (!provided) {
    throw new Error(
      'no test Neo4j: run the tests through vitest with test/db/global-setup.ts as globalSetup',
    );
  }
  return {
    uri: provided.uri,
    user: provided.user,
    password: provided.password,
    ...(provided.database ? { database: provided.database } : {}),
    local: false,
  };
}

/** A driver for the test server; the caller closes it (afterAll). */
export function openTestDriver(): Driver {
  // The test process is the entry point here, and loads like the CLI does (see tcp-no-delay.ts).
  disableNagle();
  return openDriver(testConnectionSettings());
}

/** Delete every node and relationship (schema stays), in batches so large graphs do not blow the heap. */
export async function wipeTestDatabase(driver: Driver): Promise<void> {
  const settings = testConnectionSettings();
  // Auto-commit: CALL … IN TRANSACTIONS cannot run inside an explicit transaction.
  const session = driver.session(settings.database ? { database: settings.database } : {});
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
