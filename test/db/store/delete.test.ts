/**
 * `kg delete` / deleteDocument with a key that is one document's id and another's file name: refused
 * as ambiguous, naming both, and nothing is deleted.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AmbiguousDocumentError, deleteDocument } from '../../../src/store/delete.js';
import { exportGraph } from '../../../src/store/export.js';
import { applySchema } from '../../../src/store/schema.js';
import { loadGraph } from '../../../src/store/writer.js';
import { threeDocuments } from '../../support/store-graphs.js';
import { openTestDriver, wipeTestDatabase } from '../../support/neo4j.js';

let driver: Driver;
beforeAll(async () => {
  driver = openTestDriver();
  await applySchema(driver);
});
afterAll(async () => {
  await driver?.close();
});

/** A document whose file is called like the id of doc:a (a file may be named `doc:a`). */
function namedLikeAnId() {
  const graph = threeDocuments();
  graph.documents = [{ ...graph.documents[2]!, id: 'doc:x', file: 'doc:a' }];
  graph.edges = graph.edges
    .filter((e) => e.evidence.some((ev) => ev.doc === 'doc:c'))
    .map((e) => ({ ...e, evidence: e.evidence.map((ev) => ({ ...ev, doc: 'doc:x' })) }));
  const used = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
  graph.nodes = graph.nodes.filter((n) => used.has(n.id));
  return graph;
}

describe('deleteDocument', () => {
  it('refuses a key that is one document’s id and another’s file, naming both; deletes nothing', async () => {
    await wipeTestDatabase(driver);
    await loadGraph(driver, [threeDocuments(), namedLikeAnId()]);
    const before = await exportGraph(driver);

    const refusal = deleteDocument(driver, 'doc:a');
    await expect(refusal).rejects.toBeInstanceOf(AmbiguousDocumentError);
    await expect(refusal).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        reason: 'AMBIGUOUS',
        candidates: [
          { id: 'doc:a', file: 'a.txt' },
          { id: 'doc:x', file: 'doc:a' },
        ],
      },
    });
    await expect(refusal).rejects.toThrow(
      '"doc:a" is ambiguous: it is the id or file of 2 documents (doc:a, file a.txt; doc:x, file doc:a)',
    );
    expect(await exportGraph(driver)).toEqual(before);

    // Each one by its id (the other's file is not an id of anything): unambiguous.
    expect(await deleteDocument(driver, 'doc:x')).toEqual({ id: 'doc:x', file: 'doc:a' });
    expect(await deleteDocument(driver, 'doc:a')).toEqual({ id: 'doc:a', file: 'a.txt' });
  });
});
