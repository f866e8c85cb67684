/**
 * The JSON-LD mapping, checked with a maintained JSON-LD processor (jsonld: expansion and conversion
 * to RDF in safe mode, so no term is silently dropped) and an N-Quads parser (n3), on the hand-made API
 * fixture graph. Nothing is fetched: the only remote document, our @context, comes from memory.
 */
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityToJsonLd, documentToJsonLd, graphToJsonLd } from '../../../src/linked-data/jsonld.js';
import { iriOf } from '../../../src/linked-data/iri.js';
import { localDocumentLoader, toNQuads } from '../../../src/linked-data/rdf.js';
import { GRAPH, TEXTS } from '../../support/api-graph.js';

const BASE = 'http://127.0.0.1:4000';
const SCHEMA = 'https://schema.org/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const OA = 'http://www.w3.org/ns/oa#';
const FTM = 'https://w3id.org/ftm#';
const KG = `${BASE}/ns#`;
const options = { documentLoader: localDocumentLoader(BASE) as never, safe: true };

let quads: Quad[];

beforeAll(async () => {
  quads = new Parser({ format: 'N-Quads' }).parse(await toNQuads(graphToJsonLd(GRAPH, BASE), BASE));
});

function objects(subject: string, predicate: string): string[] {
  return quads
    .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
    .map((q) => q.object.value);
}

describe('the whole graph as JSON-LD and N-Quads', () => {
  it('expands in safe mode with the shipped context, and nothing else is loaded', async () => {
    const expanded = await jsonld.expand(graphToJsonLd(GRAPH, BASE) as never, options);
    expect(expanded.length).toBe(GRAPH.documents.length + GRAPH.nodes.length + GRAPH.edges.length);
    const asked: string[] = [];
    const local = localDocumentLoader(BASE);
    const recording = (url: string) => {
      asked.push(url);
      return local(url);
    };
    await expect(
      jsonld.expand({ '@context': 'https://example.org/other.jsonld', name: 'x' } as never, {
        documentLoader: recording as never,
      }),
    ).rejects.toThrow(/other\.jsonld/);
    await expect(local('https://example.org/other.jsonld')).rejects.toThrow(/nothing is fetched/);
    expect(asked).toEqual(['https://example.org/other.jsonld']);
  });

  it('types every entity with schema.org and names it', () => {
    const agency = iriOf(BASE, 'agency:zh-fgj');
    expect(objects(agency, `${RDF}type`)).toEqual([`${SCHEMA}GovernmentOrganization`]);
    expect(objects(agency, `${SCHEMA}name`)).toEqual(['珠海市发展和改革局']);
    expect(objects(agency, `${SCHEMA}alternateName`).sort()).toEqual(['市发展改革局', '市发改局']);
    expect(objects(iriOf(BASE, 'project:lng2'), `${RDF}type`)).toEqual([`${SCHEMA}Project`]);
    expect(objects(iriOf(BASE, 'place:jw'), `${RDF}type`)).toEqual([`${SCHEMA}Place`]);
    expect(objects(iriOf(BASE, 'person:yc'), `${SCHEMA}jobTitle`)).toEqual(['常务副市长']);
    const amount = iriOf(BASE, 'funding:lng2-total');
    expect(objects(amount, `${RDF}type`)).toEqual([`${SCHEMA}MonetaryAmount`]);
    expect(objects(amount, `${SCHEMA}value`)).toEqual(['6000000000']);
    expect(objects(amount, `${SCHEMA}currency`)).toEqual(['CNY']);
    expect(objects(iriOf(BASE, 'doc:api-a'), `${RDF}type`)).toEqual([`${SCHEMA}CreativeWork`]);
  });

  it('states every fact directly and as a statement whose evidence quotes its document', () => {
    const statements = quads.filter(
      (q) => q.predicate.value === `${RDF}type` && q.object.value === `${RDF}Statement`,
    );
    expect(statements.length).toBe(GRAPH.edges.length);
    for (const edge of GRAPH.edges) {
      const [statement] = quads.filter(
        (q) =>
          q.predicate.value === `${RDF}subject` &&
          q.object.value === iriOf(BASE, edge.from) &&
          objects(q.subject.value, `${RDF}object`).includes(iriOf(BASE, edge.to)) &&
          objects(q.subject.value, `${KG}relation`).includes(edge.type),
      );
      expect(statement, `${edge.type} ${edge.from} ${edge.to}`).toBeDefined();
      const [predicate] = objects(statement!.subject.value, `${RDF}predicate`);
      expect(objects(iriOf(BASE, edge.from), predicate!)).toContain(iriOf(BASE, edge.to));
      const evidence = objects(statement!.subject.value, 'http://www.w3.org/ns/prov#wasDerivedFrom');
      expect(evidence).toHaveLength(edge.evidence.length);
      for (const node of evidence) {
        const [doc] = objects(node, `${OA}hasSource`);
        const selectors = objects(node, `${OA}hasSelector`);
        const start = Number(selectors.flatMap((s) => objects(s, `${OA}start`))[0]);
        const end = Number(selectors.flatMap((s) => objects(s, `${OA}end`))[0]);
        const [exact] = selectors.flatMap((s) => objects(s, `${OA}exact`));
        const docId = `doc:${decodeURIComponent(doc!.split('/').at(-1)!)}`;
        expect(exact).toBe(TEXTS[docId]!.slice(start, end));
      }
    }
  });

  it('models lead and assisting units as FollowTheMoney project participants with IATI roles', () => {
    const participants = quads
      .filter((q) => q.predicate.value === `${RDF}type` && q.object.value === `${FTM}ProjectParticipant`)
      .map((q) => q.subject.value);
    expect(participants).toHaveLength(
      GRAPH.edges.filter((e) => e.type === 'LEADS' || e.type === 'ASSISTS').length,
    );
    const lead = participants.find(
      (p) =>
        objects(p, `${FTM}ProjectParticipant:participant`).includes(iriOf(BASE, 'agency:zh-fgj')) &&
        objects(p, `${FTM}ProjectParticipant:project`).includes(iriOf(BASE, 'project:lng2')),
    );
    expect(objects(lead!, `${FTM}Interest:role`)).toEqual(['lead']);
    expect(objects(lead!, `${KG}iatiOrganisationRole`)).toEqual(['2']);
  });
});

describe('one entity or document as JSON-LD', () => {
  it('has the IRI as @id, the context, and every fact it takes part in with evidence', async () => {
    const doc = entityToJsonLd(GRAPH, 'project:lng2', BASE);
    expect(doc['@id']).toBe(iriOf(BASE, 'project:lng2'));
    expect(doc['@context']).toBe(`${BASE}/ns/context.jsonld`);
    const touching = GRAPH.edges.filter((e) => e.from === 'project:lng2' || e.to === 'project:lng2');
    expect(doc.facts).toHaveLength(touching.length);
    const expanded = await jsonld.expand(doc as never, options);
    expect(expanded[0]!['@id']).toBe(iriOf(BASE, 'project:lng2'));
    const nquads = await toNQuads(doc, BASE);
    for (const edge of touching)
      for (const ev of edge.evidence) expect(nquads).toContain(JSON.stringify(ev.quote));
  });

  it('lists the facts a document supports', async () => {
    const doc = documentToJsonLd(GRAPH, 'doc:api-b', BASE);
    expect(doc['@id']).toBe(iriOf(BASE, 'doc:api-b'));
    expect(doc.supports).toHaveLength(
      GRAPH.edges.filter((e) => e.evidence.some((ev) => ev.doc === 'doc:api-b')).length,
    );
    await expect(jsonld.expand(doc as never, options)).resolves.toHaveLength(1);
  });
});
