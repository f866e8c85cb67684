/**
 * The store tests' access to Neo4j: the throw-away test server whose connection the vitest
 * globalSetup exports as NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. The tests wipe the database, so
 * without NEO4J_URI they refuse to run rather than fall back to the developer's local server.
 */
import type { Driver } from 'neo4j-driver';
import { openDriver, connectionSettings } from '../../src/store/connection.js';
import { splitByDocument } from '../../src/store/document-batch.js';
import type { GraphJson } from '../../src/model/graph-json.js';
import type { GraphStats } from '../../src/store/stats.js';
import { STORE_LABELS, STORE_RELATIONSHIPS } from '../../src/store/stats.js';

export function testDriver(): Driver {
  if (!process.env['NEO4J_URI']) {
    throw new Error('NEO4J_URI is not set: the store tests need the test Neo4j server (vitest globalSetup)');
  }
  return openDriver(connectionSettings());
}

export async function clearDatabase(driver: Driver): Promise<void> {
  // An auto-commit session: CALL … IN TRANSACTIONS cannot run inside an explicit transaction.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** The stats a clean load of `graph` must produce, computed from the graph alone. */
export function expectedStats(graph: GraphJson, texts?: ReadonlyMap<string, string>): GraphStats {
  const { batches } = splitByDocument(graph, texts);
  const labels: Record<string, number> = Object.fromEntries(STORE_LABELS.map((l) => [l, 0]));
  const relationships: Record<string, number> = Object.fromEntries(STORE_RELATIONSHIPS.map((t) => [t, 0]));
  const entities = new Set<string>();
  const edges = new Set<string>();
  let evidence = 0;
  for (const batch of batches) {
    labels['Document']! += 1;
    labels['Passage']! += batch.passages.length;
    relationships['HAS_PASSAGE']! += batch.passages.length;
    relationships['MENTIONS']! += batch.nodeCount;
    evidence += batch.evidenceCount;
    for (const [label, rows] of Object.entries(batch.nodes)) {
      for (const row of rows) {
        if (!entities.has(row.id)) labels[label]! += 1;
        entities.add(row.id);
      }
    }
    for (const group of batch.edges) {
      for (const row of group.rows) {
        const key = `${group.type}|${row.from}|${row.to}|${row.kind}`;
        if (!edges.has(key)) relationships[group.type]! += 1;
        edges.add(key);
      }
    }
  }
  labels['Entity'] = entities.size;
  return { labels, relationships, evidence };
}
