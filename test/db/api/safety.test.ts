/**
 * Limits, coded errors, authentication and all-or-nothing ingestion, over HTTP against the test Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphReader } from '../../../src/api/graph-reader.js';
import { statement } from '../../../src/api/translate/statement.js';
import { startServer } from '../../../src/api/server.js';
import { InputError } from '../../../src/errors.js';
import { API_KEY, post, startHarness, type Harness } from '../../support/api-server.js';

let api: Harness;
const auth = { authorization: `Bearer ${API_KEY}` };

beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api?.stop();
});

async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await api.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return {
    nodes: (records[0]?.get('nodes') as { toNumber(): number }).toNumber(),
    relationships: (records[0]?.get('relationships') as { toNumber(): number }).toNumber(),
  };
}

function codeOf(result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.code;
}

describe('limits', () => {
  it('refuses an over-deep query before running it', async () => {
    const deep = `{ place(id: "place:jw") { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } }`;
    const result = await api.query(deep);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/levels deep/);
  });

  it('refuses a query whose nested pages multiply beyond the complexity limit', async () => {
    const result = await api.query(`{ projects(first: 100) { edges { node { leads {
      coOwners(first: 100) { edges { node { b { projects(first: 100) { edges { node { name } } } } } } } } } } } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/complexity/);
  });

  it('reports a missing required variable as BAD_USER_INPUT, also when the query is repeated', async () => {
    for (let i = 0; i < 2; i++) {
      const result = await api.query(
        `query Q($place: String!) { projects(filter: {place: $place}) { totalCount } }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('$place');
    }
  });

  it('refuses a huge page', async () => {
    const result = await api.query(`{ projects(first: 100000) { totalCount } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
  });

  it('pages the same with or without totalCount (uncounted lists stop after the page)', async () => {
    const lists = [
      'projects(first: $first, orderBy: FUNDING_DESC)',
      'agencies(first: $first)',
      'places(first: $first)',
      'agencyPairs(first: $first)',
      'fundingSummary(groupBy: KIND, first: $first)',
      'search(text: "珠海", first: $first)',
    ];
    for (const list of lists) {
      for (const first of [1, 2, 50]) {
        const edges = '__typename';
        const counted = await api.query<Record<string, Record<string, unknown>>>(
          `query($first: Int) { list: ${list} { totalCount edges { ${edges} } pageInfo { hasNextPage endCursor } } }`,
          { first },
        );
        const uncounted = await api.query<Record<string, Record<string, unknown>>>(
          `query($first: Int) { list: ${list} { edges { ${edges} } pageInfo { hasNextPage endCursor } } }`,
          { first },
        );
        expect(counted.errors, list).toBeUndefined();
        expect(uncounted.errors, list).toBeUndefined();
        const { totalCount, ...rest } = counted.data!.list!;
        expect(uncounted.data!.list, `${list} first ${first}`).toEqual(rest);
        expect((rest.pageInfo as { hasNextPage: boolean }).hasNextPage).toBe((totalCount as number) > first);
      }
    }
  });

  it('pages with cursors, totalCount and pageInfo', async () => {
    const first = await api.query<{
      projects: {
        totalCount: number;
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    }>(
      `{ projects(first: 4) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
    );
    const page1 = first.data!.projects;
    expect(page1.totalCount).toBe(6);
    expect(page1.edges).toHaveLength(4);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await api.query<{
      projects: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
      };
    }>(
      `query($after: String) { projects(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`,
      { after: page1.pageInfo.endCursor },
    );
    const page2 = second.data!.projects;
    expect(page2.edges).toHaveLength(2);
    expect(page2.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...page1.edges, ...page2.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(6);
    const bad = await api.query(`{ projects(after: "not-a-cursor") { totalCount } }`);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  it('maps a Cypher transaction timeout to TIMEOUT', async () => {
    const reader = graphReader(api.driver, { timeoutMs: 50 });
    const slow = statement('UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n');
    await expect(reader.read(slow)).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
  });
});

describe('errors', () => {
  it('answers a bad id with NOT_FOUND and no stack trace', async () => {
    for (const query of [
      `{ project(id: "project:no-such") { id } }`,
      `{ agency(id: "nonsense") { id } }`,
      `{ document(id: "doc:missing") { id } }`,
      `{ place(name: "火星") { id } }`,
      `{ path(from: "agency:zh-fgj", to: "place:nowhere") { length } }`,
    ]) {
      const result = await api.query(query);
      expect(codeOf(result), query).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    }
  });

  it('reports bad arguments as BAD_USER_INPUT', async () => {
    expect(codeOf(await api.query(`{ search(text: "  ") { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await api.query(`{ path(from: "agency:zh-fgj", to: "place:zh", maxHops: 50) { length } }`)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await api.query(`{ project(id: "project:lng2") { dependsOn(depth: 99) { depth } } }`)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.query(`{ agency { id } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('mutations', () => {
  const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) }`;

  it('refuses mutations without the right API key and changes nothing', async () => {
    const before = await graphSize();
    const none = await api.query(DELETE, { id: 'doc:api-a' });
    expect(none.status).toBe(401);
    expect(codeOf(none)).toBe('UNAUTHENTICATED');
    const wrong = await api.query(DELETE, { id: 'doc:api-a' }, { authorization: 'Bearer wrong' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(await graphSize()).toEqual(before);
  });

  it('refuses every mutation when no API key is configured, saying how to set one', async () => {
    const server = await startServer({ driver: api.driver, port: 0, apiKey: '', ensureSchema: false });
    try {
      const result = await post(server.url, DELETE, { id: 'doc:api-a' }, auth);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/KG_API_KEY/);
    } finally {
      await server.stop(1000);
    }
  });

  it('writes nothing for a document that fails to ingest', async () => {
    const before = await graphSize();
    const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { id } }`;
    const empty = await api.query(INGEST, { input: { file: 'empty.txt', text: '   ' } }, auth);
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    const binary = '\u0000\u0001\u0002\u0003\u0004\u0005'.repeat(100);
    const undecodable = await api.query(INGEST, { input: { file: 'binary.txt', text: binary } }, auth);
    expect(codeOf(undecodable)).toBe('BAD_USER_INPUT');
    expect(undecodable.errors?.[0]?.message).toMatch(/binary\.txt/);
    const badName = await api.query(INGEST, { input: { file: '../etc/passwd', text: '正文' } }, auth);
    expect(codeOf(badName)).toBe('BAD_USER_INPUT');
    expect(await graphSize()).toEqual(before);
  });

  it('writes nothing, and answers an internal error, when the extraction is not valid graph JSON', async () => {
    const server = await startServer({
      driver: api.driver,
      port: 0,
      apiKey: API_KEY,
      ensureSchema: false,
      // An edge whose quote is not the text it points at: the store's validation must stop it.
      extractor: async (input) => ({
        version: 1,
        documents: [
          {
            id: 'doc:broken',
            file: input.file,
            title: 't',
            issuer: 'i',
            jurisdiction: '珠海市',
            genre: 'OTHER',
            date: null,
            chars: input.text.length,
          },
        ],
        nodes: [{ id: 'agency:x', label: 'Agency', name: 'X', props: {} }],
        edges: [{ type: 'LEADS', from: 'agency:x', to: 'project:missing', props: {}, evidence: [] }],
      }),
    });
    try {
      const before = await graphSize();
      const result = await post(
        server.url,
        `mutation { ingestDocument(input: {file: "broken.txt", text: "某某局牵头"}) { id } }`,
        {},
        auth,
      );
      // An extractor that breaks the contract is a bug, not the client's input.
      expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0]?.message).toBe('Internal server error');
      expect(await graphSize()).toEqual(before);
    } finally {
      await server.stop(1000);
    }
  });

  it('tells a document the extractor cannot read (BAD_USER_INPUT) from an extractor bug (internal)', async () => {
    const failing = (error: Error) =>
      startServer({
        driver: api.driver,
        port: 0,
        apiKey: API_KEY,
        ensureSchema: false,
        extractor: async () => {
          throw error;
        },
      });
    const INGEST = `mutation { ingestDocument(input: {file: "x.txt", text: "某某局牵头"}) { id } }`;
    const refused = await failing(new InputError('x.txt: the file looks binary', { argument: 'text' }));
    const buggy = await failing(new TypeError("Cannot read properties of undefined (reading 'start')"));
    try {
      const before = await graphSize();
      const input = await post(refused.url, INGEST, {}, auth);
      expect(codeOf(input)).toBe('BAD_USER_INPUT');
      expect(input.errors?.[0]?.message).toBe('x.txt: the file looks binary');
      expect(input.errors?.[0]?.extensions?.argument).toBe('text');
      const bug = await post(buggy.url, INGEST, {}, auth);
      expect(codeOf(bug)).toBe('INTERNAL_SERVER_ERROR');
      expect(bug.errors?.[0]?.message).toBe('Internal server error');
      expect(await graphSize()).toEqual(before);
    } finally {
      await refused.stop(1000);
      await buggy.stop(1000);
    }
  });

  it('ingests a document with the key, returns its counts, and deletes it again', async () => {
    const before = await graphSize();
    const text =
      '珠海市交通运输局牵头建设珠海隧道三期工程，珠海市财政局配合。项目位于珠海市香洲区，总投资12亿元。';
    const ingested = await api.query<{
      ingestDocument: { id: string; file: string; entityCount: number; factCount: number };
    }>(
      `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { id file entityCount factCount } }`,
      {
        input: {
          file: 'api-ingest.txt',
          text,
          title: '隧道项目',
          jurisdiction: '珠海市',
          genre: 'BULLETIN',
          date: '2024-01-02',
        },
      },
      auth,
    );
    expect(ingested.errors).toBeUndefined();
    const doc = ingested.data!.ingestDocument;
    expect(doc.file).toBe('api-ingest.txt');
    expect(doc.entityCount).toBeGreaterThan(0);
    const read = await api.query<{ document: { title: string; genre: string } }>(
      `query($id: ID!) { document(id: $id) { title genre } }`,
      { id: doc.id },
    );
    expect(read.data?.document).toEqual({ title: '隧道项目', genre: 'BULLETIN' });
    const deleted = await api.query(DELETE, { id: doc.id }, auth);
    expect(deleted.data).toEqual({ deleteDocument: true });
    expect(codeOf(await api.query(`query($id: ID!) { document(id: $id) { id } }`, { id: doc.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await graphSize()).toEqual(before);
    expect(codeOf(await api.query(DELETE, { id: doc.id }, auth))).toBe('NOT_FOUND');
  });
});
