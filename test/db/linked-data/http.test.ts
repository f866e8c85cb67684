/**
 * Linked data over HTTP and in `kg export`: content negotiation at an IRI (JSON-LD, N-Quads, the
 * explorer page, 404/406), the served @context, and the whole graph exported as JSON-LD and N-Quads,
 * read back with jsonld (safe expansion) and n3 — against the fixture graph in the test Neo4j.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as exportCommand } from '../../../src/cli/commands/export.js';
import { iriOf } from '../../../src/linked-data/iri.js';
import { localDocumentLoader } from '../../../src/linked-data/rdf.js';
import { jsonLdContext } from '../../../src/linked-data/vocabulary.js';
import { EDGES, GRAPH, TEXTS } from '../../support/api-graph.js';
import { startHarness, type Harness } from '../../support/api-server.js';

const BASE = 'http://127.0.0.1:4000';
let api: Harness;
let origin: string;

beforeAll(async () => {
  api = await startHarness({ baseUri: BASE });
  origin = api.server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api?.stop();
});

/** GET an IRI of the fixture at the test server (IRIs name the default base, the server listens elsewhere). */
function get(iri: string, accept?: string): Promise<Response> {
  return fetch(iri.replace(BASE, origin), { headers: accept ? { accept } : {} });
}

/** A loader that reads our @context from the running server, and nothing else. */
const fromServer = async (url: string) => {
  if (url !== `${BASE}/ns/context.jsonld`) throw new Error(`refusing ${url}`);
  const response = await get(url, 'application/ld+json');
  return { contextUrl: null, documentUrl: url, document: (await response.json()) as unknown };
};

describe('GET <IRI>', () => {
  const agency = iriOf(BASE, 'agency:zh-fgj');

  it('answers application/ld+json (and */*) with the entity, its facts and their evidence', async () => {
    for (const accept of ['application/ld+json', '*/*', undefined]) {
      const response = await get(agency, accept);
      expect(response.status, String(accept)).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
      expect(response.headers.get('vary')).toMatch(/Accept/);
    }
    const doc = (await (await get(agency, 'application/ld+json')).json()) as Record<string, unknown>;
    expect(doc['@id']).toBe(agency);
    expect(doc['@context']).toBe(`${BASE}/ns/context.jsonld`);
    const expanded = await jsonld.expand(
      doc as never,
      {
        documentLoader: fromServer as never,
        safe: true,
      } as jsonld.Options.Expand,
    );
    expect(expanded[0]!['@type']).toEqual(['https://schema.org/GovernmentOrganization']);
    const quotes = JSON.stringify(expanded);
    const touching = EDGES.filter((e) => e.from === 'agency:zh-fgj' || e.to === 'agency:zh-fgj');
    expect((doc.facts as unknown[]).length).toBe(touching.length);
    for (const edge of touching)
      for (const ev of edge.evidence) expect(quotes).toContain(JSON.stringify(ev.quote));
  });

  it('answers application/n-quads, and a document IRI with the facts it supports', async () => {
    const nquads = await (await get(agency, 'application/n-quads')).text();
    const quads = new Parser({ format: 'N-Quads' }).parse(nquads);
    expect(
      quads.some((q) => q.subject.value === agency && q.predicate.value === 'https://schema.org/name'),
    ).toBe(true);
    const doc = (await (await get(iriOf(BASE, 'doc:api-c'), 'application/ld+json')).json()) as {
      supports: unknown[];
    };
    expect(doc.supports).toHaveLength(
      EDGES.filter((e) => e.evidence.some((ev) => ev.doc === 'doc:api-c')).length,
    );
  });

  it('answers text/html with the explorer page, which loads only from this server', async () => {
    const response = await get(agency, 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('/explorer/explorer.js');
    expect(html.replace(/<noscript>.*<\/noscript>/s, '')).not.toMatch(/https?:\/\//);
    for (const asset of ['/explorer/explorer.js', '/explorer/explorer.css']) {
      const file = await fetch(`${origin}${asset}`);
      expect(file.status, asset).toBe(200);
      expect((await file.text()).length).toBeGreaterThan(1000);
    }
    for (const path of ['/', '/network', '/search', '/evidence']) {
      expect((await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } })).status, path).toBe(200);
    }
  });

  it('says 404 for an unknown entity or label and 406 for a type it cannot serve', async () => {
    expect((await get(iriOf(BASE, 'agency:nobody'), 'application/ld+json')).status).toBe(404);
    expect((await get(iriOf(BASE, 'agency:nobody'), 'text/html')).status).toBe(404);
    expect((await fetch(`${origin}/id/Robot/x`)).status).toBe(404);
    const refused = await get(agency, 'image/png');
    expect(refused.status).toBe(406);
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /ld\+json/,
    );
  });

  it('serves the @context the project ships', async () => {
    const response = await fetch(`${origin}/ns/context.jsonld`);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(await response.json()).toEqual({ '@context': jsonLdContext(BASE) });
  });
});

describe('kg export --format jsonld | nquads', () => {
  it('exports the whole graph as JSON-LD and N-Quads with every fact and its evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-kg-export-'));
    const previous = process.env.KG_BASE_URI;
    process.env.KG_BASE_URI = BASE;
    try {
      expect(await exportCommand(['--format', 'jsonld', '--out', join(dir, 'graph.jsonld')])).toBe(0);
      expect(await exportCommand(['--format', 'nquads', '--out', join(dir, 'graph.nq')])).toBe(0);
      const document = JSON.parse(readFileSync(join(dir, 'graph.jsonld'), 'utf8')) as { '@graph': unknown[] };
      const expanded = await jsonld.expand(
        document as never,
        {
          documentLoader: localDocumentLoader(BASE) as never,
          safe: true,
        } as jsonld.Options.Expand,
      );
      expect(expanded).toHaveLength(GRAPH.documents.length + GRAPH.nodes.length + GRAPH.edges.length);
      const quads = new Parser({ format: 'N-Quads' }).parse(readFileSync(join(dir, 'graph.nq'), 'utf8'));
      for (const edge of EDGES) {
        const direct = quads.filter(
          (q) => q.subject.value === iriOf(BASE, edge.from) && q.object.value === iriOf(BASE, edge.to),
        );
        expect(direct.length, `${edge.type} ${edge.from} ${edge.to}`).toBeGreaterThan(0);
      }
      const exact = quads
        .filter((q) => q.predicate.value === 'http://www.w3.org/ns/oa#exact')
        .map((q) => q.object.value);
      expect(exact.sort()).toEqual(EDGES.flatMap((e) => e.evidence.map((ev) => ev.quote)).sort());
      for (const quote of exact) expect(Object.values(TEXTS).some((t) => t.includes(quote))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.KG_BASE_URI;
      else process.env.KG_BASE_URI = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown format with the list of formats', async () => {
    await expect(exportCommand(['--format', 'turtle'])).rejects.toThrow(/graph, jsonld, nquads/);
  });
});
