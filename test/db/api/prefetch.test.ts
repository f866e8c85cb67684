/**
 * Relations fetched with their projects (one statement) must equal what the per-level loaders give
 * when the same projects are reached through another field (agency → projects, which does not prefetch).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../support/api-server.js';

let api: Harness;

beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api?.stop();
});

const PROJECT_FIELDS = `id name
  leads { id } assistants { id } places { id name } overseers { name }
  roles { role agency { id } evidence { quote start end document { id file } } }
  funding { items { id yuan } totals { kind yuan count } }
  dependsOn(depth: 3) { depth kind from { id } to { id name } evidence { quote } }
  dependents(depth: 2) { depth from { id } to { id } }
  facts { type from { id } to { id } }`;

interface Node {
  id: string;
}

it('gives the same nested answers with and without prefetching', async () => {
  const prefetched = await api.query<{ projects: { edges: { node: Node }[] } }>(
    `{ projects(first: 10) { edges { node { ${PROJECT_FIELDS} } } } }`,
  );
  expect(prefetched.errors).toBeUndefined();
  const loaded = new Map<string, Node>();
  for (const agency of ['agency:zh-fgj', 'agency:zh-czj', 'agency:gz-fgj', 'agency:gz-jtj']) {
    const via = await api.query<{ agency: { projects: { edges: { node: Node }[] } } }>(
      `{ agency(id: "${agency}") { projects(first: 10) { edges { node { ${PROJECT_FIELDS} } } } } }`,
    );
    expect(via.errors).toBeUndefined();
    for (const { node } of via.data!.agency.projects.edges) loaded.set(node.id, node);
  }
  const compared = prefetched.data!.projects.edges.filter(({ node }) => loaded.has(node.id));
  expect(compared.length).toBeGreaterThan(3);
  for (const { node } of compared) expect(node).toEqual(loaded.get(node.id));
  const single = await api.query<{ project: Node }>(`{ project(id: "project:hkc") { ${PROJECT_FIELDS} } }`);
  expect(single.errors).toBeUndefined();
  expect(single.data!.project).toEqual(loaded.get('project:hkc'));
});

it('reports a missing place or project given by id', async () => {
  const list = await api.query(
    `{ projects(filter: {place: "place:nowhere"}) { totalCount edges { node { leads { id } } } } }`,
  );
  expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const one = await api.query(`{ project(id: "project:nothing") { id roles { role } } }`);
  expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const wrongLabel = await api.query(`{ project(id: "agency:zh-fgj") { id roles { role } } }`);
  expect(wrongLabel.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

it('reads only the selected properties of agency pairs, with the same values as a lookup', async () => {
  const AGENCY = 'id name aliases label kind level jurisdiction';
  const PROJECT = 'id name aliases label kind';
  const pairs = await api.query<{
    agencyPairs: { edges: { node: { a: Node; b: Node; projects: Node[] } }[] };
  }>(`{ agencyPairs { edges { node { a { ${AGENCY} } b { ${AGENCY} } projects { ${PROJECT} } } } } }`);
  expect(pairs.errors).toBeUndefined();
  const edges = pairs.data!.agencyPairs.edges;
  expect(edges.length).toBeGreaterThan(0);
  for (const { node } of edges) {
    for (const agency of [node.a, node.b]) {
      const one = await api.query<{ agency: Node }>(`{ agency(id: "${agency.id}") { ${AGENCY} } }`);
      expect(agency).toEqual(one.data!.agency);
    }
    for (const project of node.projects) {
      const one = await api.query<{ project: Node }>(`{ project(id: "${project.id}") { ${PROJECT} } }`);
      expect(project).toEqual(one.data!.project);
    }
  }
  // Relation fields below a pair still resolve from the id.
  const nested = await api.query<{
    agencyPairs: { edges: { node: { a: { projects: { totalCount: number } } } }[] };
  }>(`{ agencyPairs { edges { node { a { projects { totalCount } } } } } }`);
  expect(nested.errors).toBeUndefined();
  expect(nested.data!.agencyPairs.edges[0]!.node.a.projects.totalCount).toBeGreaterThan(0);
});
