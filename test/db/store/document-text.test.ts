/** The document text is stored with its document (same transaction), only when it is the right text, and deleted with it. */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteDocument } from '../../../src/store/delete.js';
import { applySchema } from '../../../src/store/schema.js';
import { loadGraph } from '../../../src/store/writer.js';
import { TEXT_MAP, threeDocuments } from '../../support/store-graphs.js';
import { openTestDriver, wipeTestDatabase } from '../../support/neo4j.js';

describe('stored document text', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = openTestDriver();
    await applySchema(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  beforeEach(async () => {
    await wipeTestDatabase(driver);
  });

  async function storedText(doc: string): Promise<string | null> {
    const { records } = await driver.executeQuery(
      `MATCH (d:Document {id: $doc}) OPTIONAL MATCH (d)-[:HAS_TEXT]->(c:TextChunk)
       WITH d, c ORDER BY c.start RETURN count(c) AS n, collect(c.text) AS texts`,
      { doc },
    );
    const record = records[0];
    if (!record) return null;
    return (record.get('texts') as string[]).join('');
  }

  it('is written with the document, in the same transaction, and deleted with it', async () => {
    await loadGraph(driver, threeDocuments(), { texts: TEXT_MAP });
    for (const [doc, text] of TEXT_MAP) expect(await storedText(doc)).toBe(text);
    await deleteDocument(driver, 'doc:a');
    const { records } = await driver.executeQuery(
      'MATCH (c:TextChunk) RETURN collect(DISTINCT c.doc) AS docs',
    );
    expect((records[0]!.get('docs') as string[]).sort()).toEqual(['doc:b', 'doc:c']);
  });

  it('is not stored when the text is unknown or of another length than the graph recorded', async () => {
    const graph = threeDocuments();
    const texts = new Map(TEXT_MAP);
    texts.delete('doc:a');
    texts.set('doc:b', `${TEXT_MAP.get('doc:b')}多余`);
    await loadGraph(driver, graph, { texts });
    expect(await storedText('doc:a')).toBe('');
    expect(await storedText('doc:b')).toBe('');
    expect(await storedText('doc:c')).toBe(TEXT_MAP.get('doc:c'));
  });

  it('arrives when a document loaded without its text is loaded again with it', async () => {
    const graph = threeDocuments();
    await loadGraph(driver, graph);
    expect(await storedText('doc:c')).toBe('');
    const summary = await loadGraph(driver, graph, { texts: TEXT_MAP });
    expect(summary.documents.unchanged).toBe(0);
    expect(await storedText('doc:c')).toBe(TEXT_MAP.get('doc:c'));
  });
});
