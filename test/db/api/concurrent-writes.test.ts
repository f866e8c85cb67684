/**
 * Reads while documents are written: nested queries run while documents are ingested and deleted in
 * a loop, and none of them may fail. Neo4j reads are read-committed and every level of a query is its
 * own statement, so an entity can vanish between levels (or inside one statement); the API must drop
 * it, not answer INTERNAL_SERVER_ERROR for a null in a non-null field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphJson, GraphNode } from '../../../src/model/graph-json.js';
import { API_KEY, post, startHarness, type Harness, type GraphQLResponse } from '../../support/api-server.js';
import { EDGES, GRAPH, NODES, TEXTS } from '../../support/api-graph.js';

const ROUNDS = 10;
const auth = { authorization: `Bearer ${API_KEY}` };
const SOURCE = 'doc:api-c';
/** Nodes the churned documents get their own copies of (they vanish with the document). */
const OWN = new Set(['project:szm', 'project:hkc', 'project:hkc2', 'funding:szm-subsidy']);

/** doc:api-c again under another id: shared agencies and places, projects and funding of its own. */
function churnGraph(file: string): GraphJson {
  const key = file.replace(/\.txt$/, '');
  const docId = `doc:${key}`;
  const rename = (id: string) => (OWN.has(id) ? `${id}-${key}` : id);
  const edges: GraphEdge[] = EDGES.filter((e) => e.evidence[0]?.doc === SOURCE).map((e) => ({
    ...e,
    from: rename(e.from),
    to: rename(e.to),
    evidence: e.evidence.map((ev) => ({ ...ev, doc: docId })),
  }));
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes: GraphNode[] = [];
  for (const node of NODES) {
    if (used.has(rename(node.id))) nodes.push({ ...node, id: rename(node.id) });
  }
  const [source] = GRAPH.documents.filter((d) => d.id === SOURCE);
  return { version: 1, documents: [{ ...source!, id: docId, file }], nodes, edges };
}

const QUERIES = [
  `{ documents(first: 20) { totalCount edges { node { id title factCount facts(first: 5) { totalCount
      edges { node { type kind from { id name } to { id name } evidence { quote document { id title } } } } } } } } }`,
  `{ agencies(first: 20) { edges { node { id name documents { id file } projects(first: 5) { edges { node {
      id name leads { id name } places { id name } funding { items { id yuan } totals { yuan } }
      dependsOn(depth: 2) { depth from { id name } to { id name } } roles { role agency { id } evidence { document { id } } }
      documents { id } } } } } } } }`,
  `{ search(text: "十字门", first: 20) { totalCount edges { node { id name
      ... on Project { leads { id name } facts { type from { id } evidence { document { id } } } } } } } }`,
  `{ place(id: "place:xz") { id projects(first: 20, includeSubPlaces: true) { totalCount edges { node { id name
      assistants { id } dependents(depth: 3) { from { id } to { id } } } } } } }`,
  `{ agencyPairs(first: 20) { totalCount edges { node { a { id name } b { id name } sharedCount projects { id name } } } } }`,
  `{ agency(id: "agency:zh-czj") { coOwners(first: 10) { edges { node { a { id } b { id } projects { id } } } }
      facts(first: 20) { edges { node { type from { id } to { id } evidence { document { id } } } } }
      funding { id yuan } } }`,
  `{ projects(first: 20, orderBy: FUNDING_DESC) { totalCount edges { node { id name overseers { id }
      funding { totals { kind yuan } } evidence { quote document { id } } } } } }`,
  `{ agencyNetwork(maxEdges: 50) { totalEdges nodes { agency { id name } projectCount } edges { source target sharedCount } } }`,
  `{ fundingSummary(groupBy: AGENCY, first: 20) { edges { node { key name totalYuan count } } } }`,
];

let api: Harness;

beforeAll(async () => {
  api = await startHarness({ extractor: async (input) => churnGraph(input.file) });
});
afterAll(async () => {
  await api?.stop();
});

describe('reads while documents are ingested and deleted', () => {
  it('never fail: entities that vanish between levels are dropped', async () => {
    const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { id } }`;
    const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) }`;
    const failures: { query: string; errors: GraphQLResponse['errors'] }[] = [];
    let reads = 0;
    let writes = 0;
    let writing = true;

    const writer = async () => {
      try {
        for (let round = 0; round < ROUNDS; round++) {
          const files = [0, 1].map((slot) => `churn-${round}-${slot}.txt`);
          for (const file of files) {
            const result = await post(api.server.url, INGEST, { input: { file, text: TEXTS[SOURCE] } }, auth);
            expect(result.errors).toBeUndefined();
            writes++;
          }
          for (const file of files) {
            const id = `doc:${file.replace(/\.txt$/, '')}`;
            const result = await post(api.server.url, DELETE, { id }, auth);
            expect(result.errors).toBeUndefined();
            writes++;
          }
        }
      } finally {
        writing = false;
      }
    };
    const reader = async (offset: number) => {
      for (let i = offset; writing; i++) {
        const query = QUERIES[i % QUERIES.length]!;
        const result = await api.query(query);
        reads++;
        if (result.errors || result.status !== 200) failures.push({ query, errors: result.errors });
      }
    };

    await Promise.all([writer(), reader(0), reader(3), reader(6)]);
    expect(writes).toBe(ROUNDS * 4);
    expect(reads).toBeGreaterThan(QUERIES.length);
    expect(
      failures.slice(0, 5).map((f) => f.errors?.map((e) => `${e.message} at ${e.path?.join('.')}`)),
    ).toEqual([]);
  }, 180_000);
});
