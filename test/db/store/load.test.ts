import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphJson } from '../../../src/model/graph-json.js';
import { deleteDocument, DocumentNotFoundError } from '../../../src/store/delete.js';
import { exportGraph } from '../../../src/store/export.js';
import { applySchema } from '../../../src/store/schema.js';
import { graphStats } from '../../../src/store/stats.js';
import { loadGraph } from '../../../src/store/writer.js';
import { ev, TEXT_MAP, TEXTS, threeDocuments } from '../../support/store-graphs.js';
import { expectedStats } from '../../support/expected-stats.js';
import { openTestDriver, wipeTestDatabase } from '../../support/neo4j.js';

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

/** The evidence on one stored relationship, as `doc:quote` strings. */
async function evidenceOf(type: string, from: string, to: string): Promise<string[] | null> {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to})
     RETURN [i IN range(0, size(r.evDocs) - 1) | r.evDocs[i] + ':' + r.evQuotes[i]] AS items, r.docs AS docs`,
    { from, to },
  );
  if (records.length === 0) return null;
  expect(records).toHaveLength(1);
  return (records[0]!.get('items') as string[]).sort();
}

/** Sorted, comparable form of a graph: documents, nodes (aliases as sets), edges with evidence sets. */
function canonical(graph: GraphJson) {
  return {
    documents: [...graph.documents].sort((a, b) => a.id.localeCompare(b.id)),
    nodes: graph.nodes
      .map((n) => ({
        ...n,
        aliases: [...(n.aliases ?? [])].sort(),
        props: Object.fromEntries(Object.entries(n.props).filter(([, v]) => v !== null)),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    edges: graph.edges
      .map((e) => ({
        ...e,
        evidence: [...e.evidence].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start),
      }))
      .sort((a, b) => `${a.type}${a.from}${a.to}`.localeCompare(`${b.type}${b.from}${b.to}`)),
  };
}

describe('loading graph JSON into Neo4j', () => {
  it('loads three documents: one node per entity, evidence from each document on shared edges', async () => {
    const graph = threeDocuments();
    const summary = await loadGraph(driver, graph, { texts: TEXT_MAP });
    expect(summary.documents).toEqual({ loaded: 3, replaced: 0, unchanged: 0 });
    expect(await graphStats(driver)).toEqual(expectedStats(graph, TEXT_MAP));
    expect((await graphStats(driver)).labels).toMatchObject({ Entity: 7, Agency: 2, Document: 3 });
    expect(await evidenceOf('LEADS', 'agency:zhfgj', 'project:lng2')).toEqual([
      'doc:a:珠海市发展和改革局牵头建设珠海LNG二期工程',
      'doc:b:市发展改革局负责珠海LNG二期工程',
    ]);
    // The agency is mentioned by all three documents.
    const { records } = await driver.executeQuery(
      'MATCH (d:Document)-[:MENTIONS]->(:Agency {id: "agency:zhfgj"}) RETURN d.id AS id ORDER BY id',
    );
    expect(records.map((r) => r.get('id'))).toEqual(['doc:a', 'doc:b', 'doc:c']);
  });

  it('stores the sentence around each evidence span as a passage, offsets into the original text', async () => {
    await loadGraph(driver, threeDocuments(), { texts: TEXT_MAP });
    const { records } = await driver.executeQuery(
      `MATCH (:Document {id: 'doc:b'})-[:HAS_PASSAGE]->(p:Passage) RETURN p.start AS start, p.end AS end, p.text AS text ORDER BY p.start`,
    );
    expect(records.map((r) => r.get('text'))).toEqual([
      '第一条 市发展改革局负责珠海LNG二期工程前期工作；',
      '市财政局安排补助4.19亿元。',
    ]);
    for (const r of records) {
      expect(TEXTS['doc:b']!.slice(Number(r.get('start')), Number(r.get('end')))).toBe(r.get('text'));
    }
    // Every evidence item names a passage of its document that contains it.
    const { records: missing } = await driver.executeQuery(
      `MATCH ()-[r:LEADS|ASSISTS|LOCATED_IN|FUNDS|PROVIDED_BY|PART_OF]->()
       UNWIND range(0, size(r.evDocs) - 1) AS i
       OPTIONAL MATCH (d:Document {id: r.evDocs[i]})-[:HAS_PASSAGE]->(p:Passage {id: r.evPassages[i]})
       WITH r, i, p WHERE p IS NULL OR NOT (p.start <= r.evStarts[i] AND r.evEnds[i] <= p.end)
       RETURN count(*) AS n`,
    );
    expect(Number(missing[0]!.get('n'))).toBe(0);
  });

  it('changes nothing when the same documents are loaded again', async () => {
    const graph = threeDocuments();
    await loadGraph(driver, graph, { texts: TEXT_MAP });
    const before = await graphStats(driver);
    const again = await loadGraph(driver, graph, { texts: TEXT_MAP });
    expect(again.documents).toEqual({ loaded: 0, replaced: 0, unchanged: 3 });
    expect(await graphStats(driver)).toEqual(before);
  });

  it('deletes one document: its own facts go, shared agencies and edges stay with the others’ evidence; reloading restores', async () => {
    const graph = threeDocuments();
    await loadGraph(driver, graph, { texts: TEXT_MAP });
    const full = await graphStats(driver);
    const fullExport = await exportGraph(driver);

    expect(await deleteDocument(driver, 'a.txt')).toEqual({ id: 'doc:a', file: 'a.txt' });
    const after = await graphStats(driver);
    expect(after.labels).toMatchObject({ Document: 2, Agency: 2, Project: 2, Place: 2, Entity: 7 });
    expect(after.relationships).toMatchObject({ LEADS: 2, ASSISTS: 0, LOCATED_IN: 0, FUNDS: 1, PART_OF: 1 });
    expect(await evidenceOf('LEADS', 'agency:zhfgj', 'project:lng2')).toEqual([
      'doc:b:市发展改革局负责珠海LNG二期工程',
    ]);
    expect(await evidenceOf('ASSISTS', 'agency:zhczj', 'project:lng2')).toBeNull();
    const { records } = await driver.executeQuery('MATCH (p:Passage) RETURN collect(DISTINCT p.doc) AS docs');
    expect((records[0]!.get('docs') as string[]).sort()).toEqual(['doc:b', 'doc:c']);

    // Deleting b too leaves the project only c does not mention: gone; the agency c mentions: kept.
    await deleteDocument(driver, 'doc:b');
    const onlyC = await graphStats(driver);
    expect(onlyC.labels).toMatchObject({ Entity: 4, Agency: 1, Project: 1, Funding: 0, Place: 2 });

    await loadGraph(driver, graph, { texts: TEXT_MAP });
    expect(await graphStats(driver)).toEqual(full);
    expect(await exportGraph(driver)).toEqual(fullExport);
  });

  it('says NOT_FOUND with the key when the document is absent', async () => {
    await expect(deleteDocument(driver, 'doc:missing')).rejects.toThrow(DocumentNotFoundError);
    await expect(deleteDocument(driver, 'doc:missing')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      idOrFile: 'doc:missing',
    });
  });

  it('replaces the facts of a changed version of a document (same file, new id)', async () => {
    await loadGraph(driver, threeDocuments(), { texts: TEXT_MAP });
    const changed = threeDocuments();
    // Version 2 of b.txt: same text, but the funding fact is gone and a new LOCATED_IN is stated.
    changed.documents = [{ ...changed.documents[1]!, id: 'doc:b2' }];
    changed.edges = [
      {
        type: 'LEADS',
        from: 'agency:zhfgj',
        to: 'project:lng2',
        props: {},
        evidence: [{ ...ev('doc:b', '市发展改革局负责珠海LNG二期工程'), doc: 'doc:b2' }],
      },
    ];
    // A one-document graph gives it every node, so it only lists the nodes this version mentions.
    changed.nodes = changed.nodes.filter((n) => n.id === 'agency:zhfgj' || n.id === 'project:lng2');
    const summary = await loadGraph(driver, changed);
    expect(summary.documents).toEqual({ loaded: 0, replaced: 1, unchanged: 0 });
    const stats = await graphStats(driver);
    expect(stats.labels).toMatchObject({ Document: 3, Funding: 0 });
    expect(stats.relationships).toMatchObject({ FUNDS: 0, PROVIDED_BY: 0, LEADS: 2 });
    expect(await evidenceOf('LEADS', 'agency:zhfgj', 'project:lng2')).toEqual([
      'doc:a:珠海市发展和改革局牵头建设珠海LNG二期工程',
      'doc:b2:市发展改革局负责珠海LNG二期工程',
    ]);
    const { records } = await driver.executeQuery('MATCH (d:Document {file: "b.txt"}) RETURN d.id AS id');
    expect(records.map((r) => r.get('id'))).toEqual(['doc:b2']);
  });

  it('replaces a document whose id is unchanged but whose extracted facts changed', async () => {
    await loadGraph(driver, threeDocuments(), { texts: TEXT_MAP });
    const changed = threeDocuments();
    changed.edges = changed.edges.filter((e) => e.type !== 'ASSISTS');
    const summary = await loadGraph(driver, changed, { texts: TEXT_MAP });
    expect(summary.documents).toEqual({ loaded: 0, replaced: 1, unchanged: 2 });
    expect(await graphStats(driver)).toEqual(expectedStats(changed, TEXT_MAP));
  });

  it('unions aliases of a node named differently by two graphs', async () => {
    await loadGraph(driver, threeDocuments());
    const other = threeDocuments();
    other.documents = [{ ...other.documents[0]!, id: 'doc:x', file: 'x.txt' }];
    other.nodes[0]!.aliases = ['市发改局', '市发展改革局'];
    other.edges = [{ ...other.edges[0]!, evidence: [{ ...other.edges[0]!.evidence[0]!, doc: 'doc:x' }] }];
    await loadGraph(driver, other);
    const { records } = await driver.executeQuery(
      'MATCH (n:Agency {id: "agency:zhfgj"}) RETURN n.aliases AS a',
    );
    expect(records[0]!.get('a')).toEqual(['市发展改革局', '市发改局']);
  });

  it('exports the same documents, nodes, edges and evidence it loaded', async () => {
    const graph = threeDocuments();
    await loadGraph(driver, graph, { texts: TEXT_MAP });
    const exported = await exportGraph(driver);
    expect(canonical(exported)).toEqual(canonical(graph));
    // Integers stay integers through Neo4j.
    expect(exported.nodes.find((n) => n.id === 'funding:b1')!.props.yuan).toBe(419000000);
  });

  it('writes the documents of one transaction each as if alone: the same graph in one transaction or one per document', async () => {
    const graph = threeDocuments();
    await loadGraph(driver, graph, { texts: TEXT_MAP, transactionWrites: 1 });
    const alone = canonical(await exportGraph(driver));
    const aloneStats = await graphStats(driver);
    await wipeTestDatabase(driver);
    await loadGraph(driver, graph, { texts: TEXT_MAP });
    expect(canonical(await exportGraph(driver))).toEqual(alone);
    expect(await graphStats(driver)).toEqual(aloneStats);
  });

  it('skips a document the database refuses, names it with a coded error, and writes the others', async () => {
    const graph = threeDocuments();
    // A jurisdiction too long for its range index: the database refuses the whole transaction.
    graph.documents[1] = { ...graph.documents[1]!, jurisdiction: '珠'.repeat(40_000) };
    const bad = graph.documents[1]!;
    const summary = await loadGraph(driver, graph, { texts: TEXT_MAP });
    expect(summary.documents).toEqual({ loaded: 2, replaced: 0, unchanged: 0 });
    expect(summary.failed).toHaveLength(1);
    const [failure] = summary.failed;
    expect(failure!.code).toBe('BAD_USER_INPUT');
    expect(failure!.message).toContain(`${bad.file} (${bad.id}): not written`);
    expect(failure!.message.length).toBeLessThan(400);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
    expect(records.map((r) => r.get('id'))).toEqual(
      graph.documents
        .filter((d) => d.id !== bad.id)
        .map((d) => d.id)
        .sort(),
    );
    // Nothing of the refused document: no evidence item cites it.
    const cited = await driver.executeQuery('MATCH ()-[r]->() WHERE $doc IN r.evDocs RETURN count(r) AS n', {
      doc: bad.id,
    });
    expect(Number(cited.records[0]!.get('n'))).toBe(0);
  });
});
