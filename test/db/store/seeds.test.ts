/**
 * The "done when" list over the real seeds: the extractor's output on the five seed documents,
 * loaded as `kg load seeds/` does (one extraction per document).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../loaders/index.js';
import { extractGraph, readSources } from '../../../loaders/index.js';
import type { GraphJson } from '../../../src/model/graph-json.js';
import { deleteDocument } from '../../../src/store/delete.js';
import { exportGraph } from '../../../src/store/export.js';
import { applySchema } from '../../../src/store/schema.js';
import { graphStats } from '../../../src/store/stats.js';
import { validateGraph } from '../../../src/store/validate.js';
import { loadGraph } from '../../../src/store/writer.js';
import { wipeTestDatabase, openTestDriver } from '../../support/neo4j.js';

let driver: Driver;
const graphs: GraphJson[] = [];
const texts = new Map<string, string>();

beforeAll(async () => {
  driver = openTestDriver();
  await wipeTestDatabase(driver);
  await applySchema(driver);
  const files = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join('seeds', f));
  for (const source of readSources(files).sources) {
    const graph = validateGraph(extractGraph([source]).graph, source.file);
    graphs.push(graph);
    texts.set(graph.documents[0]!.id, decodeDocument(source.bytes, source.file).text);
  }
});
afterAll(async () => {
  await driver?.close();
});

describe('the seeds in Neo4j', () => {
  it('load → stats; again → same; delete one → only its own facts go; load back → same stats and export', async () => {
    const first = await loadGraph(driver, graphs, { texts });
    expect(first.documents.loaded).toBe(5);
    const full = await graphStats(driver);
    const fullExport = await exportGraph(driver);
    expect(full.labels['Document']).toBe(5);
    expect(full.labels['Entity']).toBe(new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id))).size);

    const again = await loadGraph(driver, graphs, { texts });
    expect(again.documents).toEqual({ loaded: 0, replaced: 0, unchanged: 5 });
    expect(await graphStats(driver)).toEqual(full);

    // The smallest seed shares its city agencies with the others.
    const gone = graphs.find((g) => g.documents[0]!.file === '003_205db0b0f84c3f3e.txt')!;
    const goneId = gone.documents[0]!.id;
    const others = graphs.filter((g) => g !== gone);
    const otherNodes = new Set(others.flatMap((g) => g.nodes.map((n) => n.id)));
    const shared = gone.nodes.filter((n) => otherNodes.has(n.id));
    const own = gone.nodes.filter((n) => !otherNodes.has(n.id));
    expect(shared.some((n) => n.label === 'Agency')).toBe(true);
    expect(own.length).toBeGreaterThan(0);

    await deleteDocument(driver, goneId);
    const { records } = await driver.executeQuery(
      `UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id, n IS NOT NULL AS present,
         COUNT { (n)<-[:MENTIONS]-(:Document {id: $gone}) } AS fromGone`,
      { ids: gone.nodes.map((n) => n.id), gone: goneId },
    );
    const present = new Map(records.map((r) => [r.get('id') as string, r.get('present') as boolean]));
    for (const n of shared) expect(present.get(n.id), n.id).toBe(true);
    for (const n of own) expect(present.get(n.id), n.id).toBe(false);
    expect(records.every((r) => Number(r.get('fromGone')) === 0)).toBe(true);
    // No evidence of the deleted document is left; the other documents' evidence is all there.
    const evidence = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL UNWIND r.evDocs AS doc RETURN doc, count(*) AS n`,
    );
    const byDoc = new Map(evidence.records.map((r) => [r.get('doc') as string, Number(r.get('n'))]));
    expect(byDoc.has(goneId)).toBe(false);
    for (const g of others) {
      const doc = g.documents[0]!.id;
      expect(byDoc.get(doc)).toBe(
        g.edges.reduce((t, e) => t + e.evidence.filter((ev) => ev.doc === doc).length, 0),
      );
    }

    const back = await loadGraph(driver, graphs, { texts });
    expect(back.documents).toEqual({ loaded: 1, replaced: 0, unchanged: 4 });
    expect(await graphStats(driver)).toEqual(full);
    // Every alias and value the deleted document gave a shared node is back, none is doubled.
    expect(await exportGraph(driver)).toEqual(fullExport);
  });
});
