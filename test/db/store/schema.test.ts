import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, ENTITY_NAMES_INDEX, KEYED_LABELS } from '../../../src/store/schema.js';
import { loadGraph } from '../../../src/store/writer.js';
import { threeDocuments } from '../../support/store-graphs.js';
import { wipeTestDatabase, openTestDriver } from '../../support/neo4j.js';

let driver: Driver;
beforeAll(async () => {
  driver = openTestDriver();
  await wipeTestDatabase(driver);
});
afterAll(async () => {
  await driver?.close();
});

async function schemaSnapshot(): Promise<string[]> {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state');
  return [
    ...constraints.records.map((r) => `constraint ${r.get('name')}`),
    ...indexes.records.map((r) => `index ${r.get('name')} ${r.get('state')}`),
  ].sort();
}

async function search(query: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id AS id ORDER BY id`,
    { index: ENTITY_NAMES_INDEX, query },
  );
  return records.map((r) => r.get('id') as string);
}

describe('applySchema', () => {
  it('creates the constraints and indexes once, all online, and changes nothing the second time', async () => {
    await applySchema(driver);
    const first = await schemaSnapshot();
    for (const label of KEYED_LABELS) expect(first).toContain(`constraint ${label.toLowerCase()}_id`);
    expect(first).toContain(`index ${ENTITY_NAMES_INDEX} ONLINE`);
    expect(first.filter((s) => s.startsWith('index') && !s.endsWith('ONLINE'))).toEqual([]);
    await applySchema(driver);
    expect(await schemaSnapshot()).toEqual(first);
  });

  it('refuses a second node with the same id and label', async () => {
    await applySchema(driver);
    await driver.executeQuery('CREATE (:Agency {id: "agency:dup"})');
    await expect(driver.executeQuery('CREATE (:Agency {id: "agency:dup"})')).rejects.toThrow(
      /already exists/,
    );
    await wipeTestDatabase(driver);
  });

  it('finds Chinese substrings of names and aliases (cjk analyzer, list property indexed item by item)', async () => {
    await applySchema(driver);
    await loadGraph(driver, threeDocuments());
    // A substring of the name 珠海市发展和改革局.
    expect(await search('改革')).toEqual(['agency:zhfgj']);
    // 市发展改革局 is only an alias: the phrase is in no name.
    expect(await search('"市发展改革局"')).toEqual(['agency:zhfgj']);
    expect(await search('金湾')).toEqual(['place:jinwan']);
    // Funding is not in the index.
    expect(await search('亿元')).toEqual([]);
  });
});
