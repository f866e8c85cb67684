/**
 * Graph JSON → JSON-LD (vocabulary.ts; docs/linked-data.md). Pure: the same graph and base always give
 * the same document.
 *
 * - an entity is a schema.org node with its own properties and one direct property per fact it is the
 *   subject of (`location`, `containedInPlace`, `leads`, …);
 * - each fact is also a node of its own (an rdf:Statement with subject, predicate and object, and
 *   `prov:wasDerivedFrom` evidence: the document and the quoted span as Web Annotation selectors); a
 *   LEADS/ASSISTS fact is besides a FollowTheMoney ProjectParticipant with its IATI role. A fact's IRI
 *   is its subject's IRI with a fragment naming the type (and kind) and the object;
 * - entities and documents list their facts (`facts`, `supports`).
 */
import type {
  Evidence,
  GraphDocument,
  GraphEdge,
  GraphJson,
  GraphNode,
  NodeLabel,
} from '../model/graph-json.js';
import { idPath, iriOf } from './iri.js';
import { classOf, contextUrl, PARTICIPANT_ROLES, predicateOf, PROPERTY_TERMS } from './vocabulary.js';

export type JsonLdNode = Record<string, unknown>;

export interface JsonLdGraph {
  '@context': string;
  '@graph': JsonLdNode[];
}

/** What the mapping needs to know about the nodes a fact joins. */
type Labels = ReadonlyMap<string, NodeLabel>;

function labelsOf(graph: GraphJson): Labels {
  return new Map(graph.nodes.map((n) => [n.id, n.label]));
}

/** `<subject IRI>#<TYPE>[.<kind>]/<object label>/<object key>`: one fact per (type, ends, kind), as stored. */
export function factIri(edge: GraphEdge, base: string): string {
  const kind = edge.type === 'DEPENDS_ON' && typeof edge.props.kind === 'string' ? `.${edge.props.kind}` : '';
  return `${iriOf(base, edge.from)}#${edge.type}${kind}${idPath(edge.to)!.slice('/id'.length)}`;
}

function evidenceNode(ev: Evidence, base: string): JsonLdNode {
  return {
    '@type': 'SpecificResource',
    source: iriOf(base, ev.doc),
    selector: [
      { '@type': 'TextPositionSelector', start: ev.start, end: ev.end },
      { '@type': 'TextQuoteSelector', exact: ev.quote },
    ],
  };
}

/** A fact as a node; `end` gives the value of its subject and object (an IRI, or a small node). */
function factNode(edge: GraphEdge, labels: Labels, base: string, end: (id: string) => unknown): JsonLdNode {
  const fromLabel = labels.get(edge.from) ?? 'Agency';
  const participant = PARTICIPANT_ROLES[edge.type];
  const node: JsonLdNode = {
    '@id': factIri(edge, base),
    '@type': participant ? ['Statement', 'ProjectParticipant'] : 'Statement',
    subject: end(edge.from),
    predicate: predicateOf(edge.type, fromLabel),
    object: end(edge.to),
    relation: edge.type,
  };
  if (typeof edge.props.kind === 'string') node.dependencyKind = edge.props.kind;
  if (participant) {
    node.project = iriOf(base, edge.to);
    node.participant = iriOf(base, edge.from);
    node.role = participant.role;
    node.iatiOrganisationRole = participant.iati;
  }
  node.evidence = edge.evidence.map((ev) => evidenceNode(ev, base));
  return node;
}

/** An entity with its own properties and the direct properties of the facts it is the subject of. */
function entityNode(
  entity: GraphNode,
  outgoing: readonly GraphEdge[],
  labels: Labels,
  base: string,
): JsonLdNode {
  const node: JsonLdNode = {
    '@id': iriOf(base, entity.id),
    '@type': classOf(entity.label, entity.props.kind),
    identifier: entity.id,
    name: entity.name,
  };
  if (entity.aliases?.length) node.alternateName = [...entity.aliases];
  for (const [prop, term] of Object.entries(PROPERTY_TERMS[entity.label])) {
    const value = entity.props[prop];
    if (value !== null && value !== undefined) node[term] = value;
  }
  if (entity.label === 'Funding') node.currency = 'CNY';
  for (const edge of outgoing) {
    const term = predicateOf(edge.type, labels.get(edge.from) ?? entity.label);
    const list = (node[term] ??= []) as string[];
    const target = iriOf(base, edge.to);
    if (!list.includes(target)) list.push(target);
  }
  return node;
}

function documentNode(doc: GraphDocument, base: string): JsonLdNode {
  const node: JsonLdNode = {
    '@id': iriOf(base, doc.id),
    '@type': 'CreativeWork',
    identifier: doc.id,
    name: doc.title,
    file: doc.file,
    publisher: { '@type': 'Organization', name: doc.issuer },
    jurisdiction: doc.jurisdiction,
    genre: doc.genre,
    chars: doc.chars,
  };
  if (doc.date) node.datePublished = doc.date;
  return node;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(item);
    }
  }
  return groups;
}

/** The whole graph: documents, entities and facts as one @graph. */
export function graphToJsonLd(graph: GraphJson, base: string): JsonLdGraph {
  const labels = labelsOf(graph);
  const outgoing = groupBy(graph.edges, (e) => [e.from]);
  const touching = groupBy(graph.edges, (e) => [e.from, e.to]);
  const citing = groupBy(graph.edges, (e) => e.evidence.map((ev) => ev.doc));
  const iri = (id: string) => iriOf(base, id);
  return {
    '@context': contextUrl(base),
    '@graph': [
      ...graph.documents.map((doc) => ({
        ...documentNode(doc, base),
        supports: (citing.get(doc.id) ?? []).map((e) => factIri(e, base)),
      })),
      ...graph.nodes.map((n) => ({
        ...entityNode(n, outgoing.get(n.id) ?? [], labels, base),
        facts: (touching.get(n.id) ?? []).map((e) => factIri(e, base)),
      })),
      ...graph.edges.map((e) => factNode(e, labels, base, iri)),
    ],
  };
}

/** A small node for the other end of a fact: enough to show and follow it. */
function summaryOf(graph: GraphJson, base: string): (id: string) => unknown {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return (id) => {
    const n = byId.get(id);
    return n
      ? { '@id': iriOf(base, id), '@type': classOf(n.label, n.props.kind), name: n.name }
      : iriOf(base, id);
  };
}

/**
 * One entity as a JSON-LD document (@id = its IRI), with every fact it takes part in embedded, their
 * evidence included. `graph` holds the entity, its neighbours and the facts between them.
 */
export function entityToJsonLd(graph: GraphJson, id: string, base: string): JsonLdNode {
  const entity = graph.nodes.find((n) => n.id === id);
  if (!entity) throw new Error(`${id} is not in the graph`);
  const labels = labelsOf(graph);
  const touching = graph.edges.filter((e) => e.from === id || e.to === id);
  const end = summaryOf(graph, base);
  return {
    '@context': contextUrl(base),
    ...entityNode(
      entity,
      touching.filter((e) => e.from === id),
      labels,
      base,
    ),
    facts: touching.map((e) => factNode(e, labels, base, (x) => (x === id ? iriOf(base, id) : end(x)))),
  };
}

/** One document as a JSON-LD document, with the facts it is evidence for embedded. */
export function documentToJsonLd(graph: GraphJson, docId: string, base: string): JsonLdNode {
  const doc = graph.documents.find((d) => d.id === docId);
  if (!doc) throw new Error(`${docId} is not in the graph`);
  const labels = labelsOf(graph);
  const cited = graph.edges.filter((e) => e.evidence.some((ev) => ev.doc === docId));
  const end = summaryOf(graph, base);
  return {
    '@context': contextUrl(base),
    ...documentNode(doc, base),
    supports: cited.map((e) => factNode(e, labels, base, end)),
  };
}
