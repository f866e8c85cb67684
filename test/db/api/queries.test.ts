/** Every query field of the API against the fixture graph in the real test Neo4j. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../support/api-server.js';

// Test assertions walk untyped response JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let api: Harness;

beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api?.stop();
});

type Conn<T> = {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: Record<string, unknown>;
};

async function data<T = Json>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('agencies', () => {
  it('lists agencies with a filter', async () => {
    const d = await data<{ agencies: Conn<{ name: string }> }>(
      `{ agencies(filter: {jurisdiction: "广州市"}) { totalCount edges { node { name } } } }`,
    );
    expect(d.agencies.totalCount).toBe(2);
    expect(d.agencies.edges.map((e) => e.node.name).sort()).toEqual([
      '广州市交通运输局',
      '广州市发展和改革局',
    ]);
  });

  it('resolves an alias within a jurisdiction', async () => {
    const d = await data(`{ agency(name: "市发改局", jurisdiction: "珠海市") { id name } }`);
    expect(d.agency).toEqual({ id: 'agency:zh-fgj', name: '珠海市发展和改革局' });
  });

  it('resolves an alias that names one agency without a jurisdiction', async () => {
    const d = await data(`{ agency(name: "市财政局") { id } }`);
    expect(d.agency.id).toBe('agency:zh-czj');
  });

  it('refuses an ambiguous alias and lists the candidates', async () => {
    const result = await api.query(`{ agency(name: "市发改局") { id } }`);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('珠海市发展和改革局');
    expect(error?.message).toContain('广州市发展和改革局');
    expect((error?.extensions?.candidates as { id: string }[]).map((c) => c.id).sort()).toEqual([
      'agency:gz-fgj',
      'agency:zh-fgj',
    ]);
  });

  it('lists co-owning agency pairs, most shared first', async () => {
    const d = await data<{
      agencyPairs: Conn<{
        a: { id: string };
        b: { id: string };
        sharedCount: number;
        projects: { id: string }[];
      }>;
    }>(`{ agencyPairs { totalCount edges { node { a { id } b { id } sharedCount projects { id } } } } }`);
    expect(d.agencyPairs.totalCount).toBe(2);
    const [first, second] = d.agencyPairs.edges.map((e) => e.node);
    expect(first?.sharedCount).toBe(3);
    expect([first?.a.id, first?.b.id].sort()).toEqual(['agency:zh-czj', 'agency:zh-fgj']);
    expect(first?.projects.map((p) => p.id).sort()).toEqual(['project:hkc', 'project:lng2', 'project:szm']);
    expect(second?.sharedCount).toBe(1);
  });

  it('filters pairs by role and minShared', async () => {
    const lead = await data(`{ agencyPairs(role: LEAD) { edges { node { sharedCount projects { id } } } } }`);
    expect(lead.agencyPairs.edges).toHaveLength(1);
    expect(lead.agencyPairs.edges[0].node.projects).toEqual([{ id: 'project:hkc' }]);
    const many = await data(`{ agencyPairs(minShared: 2) { totalCount } }`);
    expect(many.agencyPairs.totalCount).toBe(1);
  });

  it('gives co-owners from one agency', async () => {
    const d = await data(
      `{ agency(id: "agency:zh-czj") { coOwners { edges { node { a { id } b { name } sharedCount } } } projects(role: LEAD) { totalCount } } }`,
    );
    expect(d.agency.coOwners.edges).toEqual([
      { node: { a: { id: 'agency:zh-czj' }, b: { name: '珠海市发展和改革局' }, sharedCount: 3 } },
    ]);
    expect(d.agency.projects.totalCount).toBe(1);
  });
});

describe('projects', () => {
  it('filters by agency alias, role, place with sub-places, kind and amount', async () => {
    const byAgency = await data(`{ projects(filter: {agency: "agency:zh-fgj", role: LEAD}) { totalCount } }`);
    expect(byAgency.projects.totalCount).toBe(3);
    const assisted = await data(
      `{ projects(filter: {agency: "市财政局", role: ASSIST}) { edges { node { id } } } }`,
    );
    expect(assisted.projects.edges.map((e: Json) => e.node.id).sort()).toEqual([
      'project:lng2',
      'project:szm',
    ]);
    const inCity = await data(`{ projects(filter: {place: "珠海市"}) { edges { node { id } } } }`);
    expect(inCity.projects.edges.map((e: Json) => e.node.id).sort()).toEqual(['project:lng2', 'project:szm']);
    const rich = await data(
      `{ projects(filter: {minYuan: 1e9}, orderBy: FUNDING_DESC) { edges { node { id } } } }`,
    );
    expect(rich.projects.edges.map((e: Json) => e.node.id)).toEqual(['project:lng2', 'project:ns4']);
    const named = await data(
      `{ projects(filter: {nameContains: "航空城", kind: INFRASTRUCTURE}) { totalCount } }`,
    );
    expect(named.projects.totalCount).toBe(2);
    const inDoc = await data(`{ projects(filter: {document: "doc:api-b"}) { edges { node { id } } } }`);
    expect(inDoc.projects.edges).toEqual([{ node: { id: 'project:ns4' } }]);
  });

  it('gives a project its owners, roles with evidence, places, funding totals and people', async () => {
    const d = await data(`{ project(name: "珠海LNG二期") {
      id leads { id } assistants { id }
      roles { role agency { id } evidence { quote start end document { id file } } }
      places { name } overseers { name title }
      funding { items { yuan kind } totals { kind yuan count } }
      documents { id } } }`);
    const p = d.project;
    expect(p.id).toBe('project:lng2');
    expect(p.leads).toEqual([{ id: 'agency:zh-fgj' }]);
    expect(p.assistants).toEqual([{ id: 'agency:zh-czj' }]);
    const lead = p.roles.find((r: Json) => r.role === 'LEAD');
    expect(lead.evidence[0].quote).toBe('珠海市发展和改革局牵头建设珠海LNG二期工程');
    expect(lead.evidence[0].document).toEqual({ id: 'doc:api-a', file: 'api-a.txt' });
    expect(p.places).toEqual([{ name: '珠海市金湾区' }]);
    expect(p.overseers).toEqual([{ name: '杨川', title: '常务副市长' }]);
    expect(p.funding.totals).toEqual([{ kind: 'TOTAL_INVESTMENT', yuan: 6e9, count: 1 }]);
    expect(p.documents.map((x: Json) => x.id)).toContain('doc:api-a');
  });

  it('follows dependencies transitively with the kind and depth of each link', async () => {
    const d = await data(`{ project(id: "project:hkc2") {
      dependsOn(depth: 3) { from { id } to { id } kind depth evidence { quote } } } }`);
    const links = d.project.dependsOn.map((l: Json) => `${l.from.id}>${l.to.id}:${l.kind}:${l.depth}`).sort();
    expect(links).toEqual([
      'project:hkc2>project:hkc:NEXT_PHASE:1',
      'project:hkc2>project:szm:RELIES_ON:1',
      'project:hkc>project:lng2:RELIES_ON:2',
      'project:lng2>project:lng1:RELIES_ON:3',
    ]);
    const one = await data(`{ project(id: "project:lng1") { dependents(depth: 2) { from { id } depth } } }`);
    expect(one.project.dependents.map((l: Json) => `${l.from.id}:${l.depth}`).sort()).toEqual([
      'project:hkc:2',
      'project:lng2:1',
    ]);
  });

  it('lists the evidence of every fact about a project', async () => {
    const d = await data(
      `{ project(id: "project:szm") { facts { type from { id } to { id } } evidence { quote } } }`,
    );
    expect(d.project.facts.map((f: Json) => f.type).sort()).toEqual([
      'ASSISTS',
      'DEPENDS_ON',
      'FUNDS',
      'LEADS',
      'LOCATED_IN',
    ]);
    expect(d.project.evidence.map((e: Json) => e.quote)).toContain('十字门隧道位于香洲区');
  });
});

describe('places', () => {
  it('gives parent, children and projects with or without sub-places', async () => {
    const d = await data(`{ place(name: "珠海") {
      id parent { id } children { id }
      own: projects { totalCount }
      all: projects(includeSubPlaces: true) { totalCount edges { node { id } } } } }`);
    expect(d.place.id).toBe('place:zh');
    expect(d.place.parent).toEqual({ id: 'place:gd' });
    expect(d.place.children.map((c: Json) => c.id).sort()).toEqual(['place:jw', 'place:xz']);
    expect(d.place.own.totalCount).toBe(0);
    expect(d.place.all.totalCount).toBe(2);
  });

  it('lists places by level and parent', async () => {
    const d = await data(`{ places(filter: {level: DISTRICT, parent: "广州市"}) { edges { node { id } } } }`);
    expect(d.places.edges).toEqual([{ node: { id: 'place:ns' } }]);
  });
});

describe('documents', () => {
  it('lists documents and gives one with its facts and counts', async () => {
    const list = await data(`{ documents(filter: {jurisdiction: "珠海市"}) { totalCount } }`);
    expect(list.documents.totalCount).toBe(2);
    const d = await data(`{ document(id: "doc:api-b") {
      file title entityCount factCount factCounts { type count }
      facts(types: [LEADS, ASSISTS]) { totalCount edges { node { type from { name } to { name } evidence { quote } } } } } }`);
    expect(d.document.file).toBe('api-b.txt');
    expect(d.document.factCount).toBe(6);
    expect(d.document.entityCount).toBe(7);
    expect(d.document.facts.totalCount).toBe(2);
    expect(d.document.facts.edges[0].node.to.name).toBe('广州南沙港区四期');
  });
});

describe('search and path', () => {
  it('finds Chinese substrings in names and aliases, exact matches first', async () => {
    const d = await data(`{ search(text: "发改局") { totalCount edges { node { id label } } } }`);
    expect(d.search.totalCount).toBe(2);
    const exact = await data(`{ search(text: "十字门隧道") { edges { node { id } } } }`);
    expect(exact.search.edges[0].node.id).toBe('project:szm');
    const agencies = await data(
      `{ search(text: "珠海", labels: [Agency]) { edges { node { __typename } } } }`,
    );
    expect(agencies.search.edges.every((e: Json) => e.node.__typename === 'Agency')).toBe(true);
    const one = await data(`{ search(text: "港") { edges { node { id } } } }`);
    expect(one.search.edges.map((e: Json) => e.node.id)).toContain('project:ns4');
    const money = await data(`{ search(text: "亿元", labels: [Funding]) { totalCount } }`);
    expect(money.search.totalCount).toBe(3);
  });

  it('finds the shortest path with evidence for each step', async () => {
    const d = await data(`{ path(from: "agency:zh-czj", to: "place:zh") {
      length nodes { id } steps { type evidence { quote } } } }`);
    expect(d.path.length).toBe(3);
    expect(d.path.nodes[0].id).toBe('agency:zh-czj');
    expect(d.path.nodes.at(-1).id).toBe('place:zh');
    expect(d.path.steps.every((s: Json) => s.evidence.length > 0)).toBe(true);
    const none = await data(`{ path(from: "agency:gz-jtj", to: "agency:zh-czj", maxHops: 2) { length } }`);
    expect(none.path).toBeNull();
  });
});

describe('fundingSummary', () => {
  it('sums yuan by place, agency, kind and document', async () => {
    const byPlace = await data(
      `{ fundingSummary(groupBy: PLACE) { edges { node { key name totalYuan count } } } }`,
    );
    expect(byPlace.fundingSummary.edges.map((e: Json) => [e.node.key, e.node.totalYuan])).toEqual([
      ['place:jw', 6e9],
      ['place:ns', 3e9],
      ['place:xz', 2e8],
    ]);
    const byAgency = await data(
      `{ fundingSummary(groupBy: AGENCY, filter: {place: "珠海市"}) { edges { node { key totalYuan } } } }`,
    );
    // By the agency that leads the funded project (providers are where money comes from, not goes).
    expect(byAgency.fundingSummary.edges).toEqual([{ node: { key: 'agency:zh-fgj', totalYuan: 6.2e9 } }]);
    const byKind = await data(
      `{ fundingSummary(groupBy: KIND) { totalCount edges { node { key count } } } }`,
    );
    expect(byKind.fundingSummary.totalCount).toBe(3);
    const byDoc = await data(
      `{ fundingSummary(groupBy: DOCUMENT, filter: {kind: SUBSIDY}) { edges { node { key totalYuan } } } }`,
    );
    expect(byDoc.fundingSummary.edges).toEqual([{ node: { key: 'doc:api-c', totalYuan: 2e8 } }]);
  });
});
