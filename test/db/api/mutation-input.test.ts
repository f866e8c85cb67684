/**
 * The mutations' input: ingestDocument's is checked before anything runs (lengths of the metadata,
 * calendar dates: BAD_USER_INPUT naming the argument and quoting at most 200 characters of it, never
 * an internal error, nothing written); deleteDocument refuses an ambiguous key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/store/writer.js';
import { API_KEY, startHarness, type Harness } from '../../support/api-server.js';
import { GRAPH } from '../../support/api-graph.js';

let api: Harness;
const auth = { authorization: `Bearer ${API_KEY}` };
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { id } }`;

beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api?.stop();
});

async function documentCount(): Promise<number> {
  const { records } = await api.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n');
  return Number(records[0]!.get('n'));
}

async function refusal(input: Record<string, unknown>) {
  const result = await api.query(
    INGEST,
    { input: { file: 'x.txt', text: '珠海市发展和改革局牵头', ...input } },
    auth,
  );
  expect(result.data?.ingestDocument ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

describe('ingestDocument input', () => {
  it('refuses a 3,000-character jurisdiction and a 1M-character title as BAD_USER_INPUT, quoting 200 characters', async () => {
    const before = await documentCount();
    const jurisdiction = await refusal({ jurisdiction: '珠'.repeat(3_000) });
    expect(jurisdiction.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'jurisdiction' });
    expect(jurisdiction.message).toContain('jurisdiction has 3000 characters, more than 100');
    expect(jurisdiction.message.length).toBeLessThan(400);

    const title = await refusal({ title: '标'.repeat(1_000_000) });
    expect(title.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'title' });
    expect(title.message).toContain('title has 1000000 characters, more than 500');
    expect(title.message.length).toBeLessThan(400);
    expect(await documentCount()).toBe(before);
  });

  it('refuses dates that are not on the calendar', async () => {
    for (const date of ['2024-13-45', '2023-02-29', '2024-1-05']) {
      const error = await refusal({ date });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
      expect(error.message).toBe(`x.txt: date "${date}" is not a calendar date YYYY-MM-DD`);
    }
  });

  it('quotes at most 200 characters of a bad file name', async () => {
    const error = await refusal({ file: `dir/${'f'.repeat(10_000)}` });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'file' });
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('deleteDocument', () => {
  it('refuses an id that is also another document’s file name, naming both', async () => {
    // A one-document graph whose file is called like the id of the fixture's doc:api-a.
    const graph = structuredClone(GRAPH);
    const source = graph.documents[1]!;
    graph.documents = [{ ...source, id: 'doc:named-like-a', file: 'doc:api-a' }];
    graph.edges = graph.edges
      .filter((e) => e.evidence[0]!.doc === source.id)
      .map((e) => ({ ...e, evidence: e.evidence.map((ev) => ({ ...ev, doc: 'doc:named-like-a' })) }));
    const used = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
    graph.nodes = graph.nodes.filter((n) => used.has(n.id));
    await loadGraph(api.driver, graph);
    const before = await documentCount();

    const result = await api.query(`mutation { deleteDocument(id: "doc:api-a") }`, {}, auth);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AMBIGUOUS',
      candidates: [
        { id: 'doc:api-a', file: 'api-a.txt' },
        { id: 'doc:named-like-a', file: 'doc:api-a' },
      ],
    });
    expect(result.errors?.[0]?.message).toContain(
      'doc:api-a, file api-a.txt; doc:named-like-a, file doc:api-a',
    );
    expect(await documentCount()).toBe(before);
  });
});
