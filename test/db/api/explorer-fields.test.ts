/**
 * The API additions the explorer and linked data rely on: document text in ranges, IRIs, any entity by
 * id, the facts of every entity, the co-ownership network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_RANGE } from '../../../src/api/services/documents.js';
import { TEXTS } from '../../support/api-graph.js';
import { startHarness, type Harness } from '../../support/api-server.js';

const BASE = 'https://kg.example.org/gov';
let api: Harness;

beforeAll(async () => {
  api = await startHarness({ baseUri: BASE });
});
afterAll(async () => {
  await api?.stop();
});

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('Document.text', () => {
  const A = 'doc:api-a';
  const text = TEXTS[A]!;
  const query = `query ($id: ID!, $start: Int!, $end: Int) {
    document(id: $id) { chars text(start: $start, end: $end) { start end text } }
  }`;

  it('returns the decoded original text, whole by default and any range of it', async () => {
    const whole = await data<{ document: { text: { text: string } } }>(
      'query ($id: ID!) { document(id: $id) { text { start end text } } }',
      { id: A },
    );
    expect(whole.document.text).toEqual({ start: 0, end: text.length, text });
    const part = await data<{ document: { text: { text: string } } }>(query, { id: A, start: 5, end: 17 });
    expect(part.document.text).toEqual({ start: 5, end: 17, text: text.slice(5, 17) });
  });

  it('cuts the end at the length of the document and refuses ranges too long or reversed', async () => {
    const past = await data<{ document: { text: { end: number; text: string } } }>(query, {
      id: A,
      start: text.length - 3,
      end: text.length + 1000,
    });
    expect(past.document.text).toMatchObject({ end: text.length, text: text.slice(-3) });
    for (const [start, end] of [
      [0, MAX_TEXT_RANGE + 1],
      [10, 5],
      [-1, 3],
    ]) {
      const refused = await api.query(query, { id: A, start, end });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('IRIs and lookups', () => {
  it('gives every entity and document an IRI under the configured base, with the percent-encoded key', async () => {
    const result = await data<{
      agency: { iri: string };
      document: { iri: string };
      search: { edges: { node: { id: string; label: string; iri: string } }[] };
    }>(`{
      agency(id: "agency:zh-fgj") { iri }
      document(id: "doc:api-a") { iri }
      search(text: "珠海", first: 100) { edges { node { id label iri } } }
    }`);
    expect(result.agency.iri).toBe(`${BASE}/id/Agency/zh-fgj`);
    expect(result.document.iri).toBe(`${BASE}/id/Document/api-a`);
    for (const { node } of result.search.edges) {
      const key = node.id.slice(node.id.indexOf(':') + 1);
      expect(node.iri).toBe(`${BASE}/id/${node.label}/${encodeURIComponent(key)}`);
    }
  });

  it('finds any entity by id, and says NOT_FOUND for an unknown one', async () => {
    const found = await data<{ entity: { __typename: string; name: string; title: string } }>(
      '{ entity(id: "person:yc") { __typename name ... on Person { title } } }',
    );
    expect(found.entity).toEqual({ __typename: 'Person', name: '杨川', title: '常务副市长' });
    const missing = await api.query('{ entity(id: "person:nobody") { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the facts of a place, a person and an agency with their evidence, paged and by type', async () => {
    const result = await data<{
      place: { facts: { totalCount: number; edges: { node: { type: string; from: { id: string } } }[] } };
      person: { facts: { edges: { node: { type: string; evidence: { quote: string }[] } }[] } };
      agency: { facts: { totalCount: number } };
    }>(`{
      place(id: "place:zh") { facts(first: 10) { totalCount edges { node { type from { id } to { id } } } } }
      person: entity(id: "person:yc") { ... on Person { facts { edges { node { type evidence { quote } } } } } }
      agency(id: "agency:zh-czj") { facts(types: [LEADS], first: 1) { totalCount } }
    }`);
    expect(result.place.facts.totalCount).toBe(3);
    expect(result.place.facts.edges.map((e) => `${e.node.type} ${e.node.from.id}`).sort()).toEqual([
      'PART_OF place:jw',
      'PART_OF place:xz',
      'PART_OF place:zh',
    ]);
    expect(result.person.facts.edges).toEqual([
      { node: { type: 'OVERSEES', evidence: [{ quote: '常务副市长杨川负责统筹' }] } },
    ]);
    expect(result.agency.facts.totalCount).toBe(1);
  });
});

describe('agencyNetwork', () => {
  const query = `query ($role: Role, $jurisdiction: String, $around: ID, $maxEdges: Int! = 2000) {
    agencyNetwork(role: $role, jurisdiction: $jurisdiction, around: $around, maxEdges: $maxEdges) {
      totalEdges truncated
      nodes { agency { id name } projectCount }
      edges { source target sharedCount }
    }
  }`;
  interface Network {
    agencyNetwork: {
      totalEdges: number;
      truncated: boolean;
      nodes: { agency: { id: string }; projectCount: number }[];
      edges: { source: string; target: string; sharedCount: number }[];
    };
  }

  it('returns every co-owning pair as a weighted edge, heaviest first, with the agencies on them', async () => {
    const { agencyNetwork: net } = await data<Network>(query);
    expect(net.edges).toEqual([
      { source: 'agency:zh-czj', target: 'agency:zh-fgj', sharedCount: 3 },
      { source: 'agency:gz-fgj', target: 'agency:gz-jtj', sharedCount: 1 },
    ]);
    expect(net).toMatchObject({ totalEdges: 2, truncated: false });
    const projects = Object.fromEntries(net.nodes.map((n) => [n.agency.id, n.projectCount]));
    expect(projects).toEqual({
      'agency:zh-fgj': 3,
      'agency:zh-czj': 3,
      'agency:gz-fgj': 1,
      'agency:gz-jtj': 1,
    });
  });

  it('filters by role and jurisdiction, cuts at maxEdges and says so', async () => {
    const lead = await data<Network>(query, { role: 'LEAD' });
    expect(lead.agencyNetwork.edges).toEqual([
      { source: 'agency:zh-czj', target: 'agency:zh-fgj', sharedCount: 1 },
    ]);
    const guangzhou = await data<Network>(query, { jurisdiction: '广州市' });
    expect(guangzhou.agencyNetwork.edges.map((e) => e.source)).toEqual(['agency:gz-fgj']);
    const cut = await data<Network>(query, { maxEdges: 1 });
    expect(cut.agencyNetwork).toMatchObject({ totalEdges: 2, truncated: true });
    expect(cut.agencyNetwork.nodes).toHaveLength(2);
    const tooMany = await api.query(query, { maxEdges: 1_000_000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('around one agency: its co-owners and the edges among them; alone when it has none', async () => {
    const around = await data<Network>(query, { around: 'agency:gz-jtj' });
    expect(around.agencyNetwork.edges).toEqual([
      { source: 'agency:gz-fgj', target: 'agency:gz-jtj', sharedCount: 1 },
    ]);
    const alone = await data<Network>(query, { around: 'agency:gz-jtj', role: 'LEAD' });
    expect(alone.agencyNetwork.edges).toEqual([]);
    expect(alone.agencyNetwork.nodes.map((n) => n.agency.id)).toEqual(['agency:gz-jtj']);
    const unknown = await api.query(query, { around: 'agency:nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
