/**
 * Provenance of shared nodes (src/store/provenance.ts): a node's aliases are the union of what its
 * documents gave, each value the one most of them give (ties: the smallest document id), whatever
 * the load order; deleting or replacing a document takes back exactly what it contributed. Every
 * check compares the FULL export (src/store/export.ts), not counts.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphJson, GraphNode } from '../../../src/model/graph-json.js';
import { deleteDocument } from '../../../src/store/delete.js';
import { exportGraph } from '../../../src/store/export.js';
import { applySchema } from '../../../src/store/schema.js';
import { graphStats } from '../../../src/store/stats.js';
import { loadGraph } from '../../../src/store/writer.js';
import { openTestDriver, wipeTestDatabase } from '../../support/neo4j.js';
import { API_KEY, startHarness, type Harness } from '../../support/api-server.js';

const TEXT = '珠海市卫生健康局牵头建设珠海市人民医院新院区。';
const LEAD = '珠海市卫生健康局牵头建设珠海市人民医院新院区';

function agency(aliases: string[], props: GraphNode['props'], name = '珠海市卫生健康局'): GraphNode {
  return { id: 'agency:zh-wjj', label: 'Agency', name, aliases, props };
}

/**
 * One document (its own file) that says the agency leads the hospital project: the agency as this
 * document gives it, the project as every document gives it.
 */
function documentGraph(id: string, health: GraphNode): GraphJson {
  return {
    version: 1,
    documents: [
      {
        id,
        file: `${id.slice(4)}.txt`,
        title: `title of ${id}`,
        issuer: '珠海市人民政府',
        jurisdiction: '珠海市',
        genre: 'WORK_REPORT',
        date: '2024-01-31',
        chars: TEXT.length,
      },
    ],
    nodes: [
      health,
      {
        id: 'project:hospital',
        label: 'Project',
        name: '珠海市人民医院新院区',
        props: { kind: 'PUBLIC_SERVICE' },
      },
    ],
    edges: [
      {
        type: 'LEADS',
        from: 'agency:zh-wjj',
        to: 'project:hospital',
        props: {},
        evidence: [{ doc: id, start: 0, end: LEAD.length, quote: LEAD }],
      },
    ],
  };
}

const A = documentGraph('doc:a', agency(['市卫健局'], { kind: 'GOVERNMENT', level: 'CITY' }));
const B = documentGraph('doc:b', agency(['珠海市卫健局'], { kind: 'GOVERNMENT', level: 'CITY' }));

let driver: Driver;

async function exportAfter(loads: GraphJson[][]): Promise<GraphJson> {
  await wipeTestDatabase(driver);
  for (const graphs of loads) await loadGraph(driver, graphs);
  return exportGraph(driver);
}

async function agencyNode() {
  return (await exportGraph(driver)).nodes.find((n) => n.id === 'agency:zh-wjj');
}

describe('provenance of shared nodes', () => {
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

  it('unions aliases over the documents; an alias goes with the document that gave it', async () => {
    const onlyA = await exportAfter([[A]]);
    await loadGraph(driver, [A, B]);
    expect((await agencyNode())?.aliases).toEqual(['市卫健局', '珠海市卫健局']);

    await deleteDocument(driver, 'b.txt');
    expect((await agencyNode())?.aliases).toEqual(['市卫健局']);
    expect(await exportGraph(driver)).toEqual(onlyA);
  });

  it('restores the old value when the document that overwrote it is deleted', async () => {
    // doc:0-later says INSTITUTION; one vote each, and the tie goes to the smaller id: it wins.
    const later = documentGraph('doc:0-later', agency(['市卫健局'], { kind: 'INSTITUTION', level: 'CITY' }));
    const onlyA = await exportAfter([[A]]);
    await loadGraph(driver, [A]);
    await loadGraph(driver, [later]);
    expect((await agencyNode())?.props.kind).toBe('INSTITUTION');

    await deleteDocument(driver, 'doc:0-later');
    expect((await agencyNode())?.props.kind).toBe('GOVERNMENT');
    expect(await exportGraph(driver)).toEqual(onlyA);
  });

  it('takes the value most documents give, and drops a prop only a deleted document gave', async () => {
    const odd = documentGraph('doc:0-odd', agency([], { kind: 'INSTITUTION', code: 'X1' }));
    await loadGraph(driver, [A, odd, B]);
    expect((await agencyNode())?.props).toEqual({ kind: 'GOVERNMENT', level: 'CITY', code: 'X1' });
    await deleteDocument(driver, 'doc:0-odd');
    expect((await agencyNode())?.props).toEqual({ kind: 'GOVERNMENT', level: 'CITY' });
  });

  it('gives identical full exports whatever the load order', async () => {
    const C = documentGraph(
      'doc:c',
      agency(['卫健局'], { kind: 'INSTITUTION', jurisdiction: '珠海市' }, '珠海市卫生和健康局'),
    );
    const orders = [[[A], [B], [C]], [[C], [B], [A]], [[B], [C], [A]], [[B, A, C]]];
    const exports = [];
    for (const order of orders) exports.push(await exportAfter(order));
    for (const other of exports.slice(1)) expect(other).toEqual(exports[0]);
    const node = exports[0]!.nodes.find((n) => n.id === 'agency:zh-wjj');
    expect(node).toEqual(
      agency(['卫健局', '市卫健局', '珠海市卫健局'], {
        kind: 'GOVERNMENT',
        level: 'CITY',
        jurisdiction: '珠海市',
      }),
    );
  });

  it('delete then reload, and replace, give the full export of a fresh load', async () => {
    const fresh = await exportAfter([[A, B]]);
    await deleteDocument(driver, 'doc:a');
    await loadGraph(driver, [A]);
    expect(await exportGraph(driver)).toEqual(fresh);

    // b.txt replaced by a version that names the agency otherwise and gives it another kind.
    const b2 = documentGraph('doc:b', agency(['卫健委'], { kind: 'PARTY' }, '珠海市卫健委'));
    b2.documents[0]!.id = 'doc:b2';
    b2.edges[0]!.evidence[0]!.doc = 'doc:b2';
    const replacedFresh = await exportAfter([[A, b2]]);
    await exportAfter([[A, B]]);
    const summary = await loadGraph(driver, [b2]);
    expect(summary.documents.replaced).toBe(1);
    expect(await exportGraph(driver)).toEqual(replacedFresh);
    expect(replacedFresh.nodes.find((n) => n.id === 'agency:zh-wjj')?.aliases).toEqual([
      '卫健委',
      '市卫健局',
    ]);
  });

  it('kg stats counts nodes whose aliases or values no document gives', async () => {
    await loadGraph(driver, [A, B]);
    expect((await graphStats(driver)).unproven).toBe(0);
    // What a delete before provenance left behind: an alias and a value of no document.
    await driver.executeQuery(
      "MATCH (n:Agency {id: 'agency:zh-wjj'}) SET n.aliases = n.aliases + '珠海市卫计局', n.kind = 'SOE'",
    );
    expect((await graphStats(driver)).unproven).toBe(1);
  });
});

describe('provenance through the API', () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('agency(name:) no longer resolves an alias whose only document was deleted', async () => {
    const resolve = async () =>
      api.query<{ agency: { id: string } | null }>('{ agency(name: "珠海市卫健局") { id } }');
    await loadGraph(api.driver, [A, B]);
    expect((await resolve()).data?.agency?.id).toBe('agency:zh-wjj');
    expect(
      (
        await api.query(
          'mutation { deleteDocument(id: "b.txt") }',
          {},
          { authorization: `Bearer ${API_KEY}` },
        )
      ).errors,
    ).toBeUndefined();
    const after = await resolve();
    expect(after.data?.agency ?? null).toBeNull();
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await exportGraph(api.driver)).nodes.find((n) => n.id === 'agency:zh-wjj')?.aliases).toEqual([
      '市卫健局',
    ]);
  });
});
