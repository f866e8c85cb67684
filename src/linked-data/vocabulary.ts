/**
 * The linked-data vocabulary: the JSON-LD @context the project ships and serves at CONTEXT_PATH, and
 * which schema.org class and property each part of the graph maps to (docs/linked-data.md).
 *
 * schema.org for the things (GovernmentOrganization/Organization, Project, Place, MonetaryAmount, Person,
 * CreativeWork); FollowTheMoney's ProjectParticipant with IATI organisation-role codes for who leads and
 * who assists; rdf:Statement reification and the W3C Web Annotation selectors for a fact's evidence; the
 * project's own `kg:` terms (under <base>/ns#) for what none of these has.
 */
import type { AgencyKind, EdgeType, NodeLabel } from '../model/graph-json.js';

export const CONTEXT_PATH = '/ns/context.jsonld';
export const VOCABULARY_PATH = '/ns';

export function contextUrl(base: string): string {
  return `${base}${CONTEXT_PATH}`;
}

export function vocabularyNamespace(base: string): string {
  return `${base}${VOCABULARY_PATH}#`;
}

/** Entity-valued properties: a string value is an IRI. */
const ref = (id: string) => ({ '@id': id, '@type': '@id' });

/** The @context; `kg:` lives under the deployment's base, everything else is a published vocabulary. */
export function jsonLdContext(base: string): Record<string, unknown> {
  return {
    '@version': 1.1,
    schema: 'https://schema.org/',
    kg: vocabularyNamespace(base),
    ftm: 'https://w3id.org/ftm#',
    oa: 'http://www.w3.org/ns/oa#',
    prov: 'http://www.w3.org/ns/prov#',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',

    GovernmentOrganization: 'schema:GovernmentOrganization',
    Organization: 'schema:Organization',
    Project: 'schema:Project',
    Place: 'schema:Place',
    MonetaryAmount: 'schema:MonetaryAmount',
    Person: 'schema:Person',
    CreativeWork: 'schema:CreativeWork',
    ProjectParticipant: 'ftm:ProjectParticipant',
    Statement: 'rdf:Statement',
    SpecificResource: 'oa:SpecificResource',
    TextPositionSelector: 'oa:TextPositionSelector',
    TextQuoteSelector: 'oa:TextQuoteSelector',

    identifier: 'schema:identifier',
    name: 'schema:name',
    alternateName: 'schema:alternateName',
    areaServed: ref('schema:areaServed'),
    parentOrganization: ref('schema:parentOrganization'),
    location: ref('schema:location'),
    containedInPlace: ref('schema:containedInPlace'),
    jobTitle: 'schema:jobTitle',
    value: 'schema:value',
    currency: 'schema:currency',
    datePublished: { '@id': 'schema:datePublished', '@type': 'xsd:date' },
    publisher: 'schema:publisher',
    agencyKind: 'kg:agencyKind',
    level: 'kg:level',
    jurisdiction: 'kg:jurisdiction',
    projectKind: 'kg:projectKind',
    divisionCode: 'kg:divisionCode',
    fundingKind: 'kg:fundingKind',
    period: 'kg:period',
    genre: 'kg:genre',
    file: 'kg:file',
    chars: { '@id': 'kg:chars', '@type': 'xsd:nonNegativeInteger' },
    leads: ref('kg:leads'),
    assists: ref('kg:assists'),
    dependsOn: ref('kg:dependsOn'),
    funds: ref('kg:funds'),
    providedBy: ref('kg:providedBy'),
    oversees: ref('kg:oversees'),
    facts: ref('kg:fact'),
    supports: ref('kg:supports'),

    subject: ref('rdf:subject'),
    predicate: { '@id': 'rdf:predicate', '@type': '@vocab' },
    object: ref('rdf:object'),
    relation: 'kg:relation',
    dependencyKind: 'kg:dependencyKind',
    project: ref('ftm:ProjectParticipant:project'),
    participant: ref('ftm:ProjectParticipant:participant'),
    role: 'ftm:Interest:role',
    iatiOrganisationRole: 'kg:iatiOrganisationRole',
    evidence: 'prov:wasDerivedFrom',
    source: ref('oa:hasSource'),
    selector: 'oa:hasSelector',
    start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
    end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
    exact: 'oa:exact',
  };
}

/** The class of an entity node (an agency by its kind: public bodies are GovernmentOrganization). */
export function classOf(label: NodeLabel, agencyKind?: unknown): string {
  switch (label) {
    case 'Agency':
      return GOVERNMENT_KINDS.has(agencyKind as AgencyKind) ? 'GovernmentOrganization' : 'Organization';
    case 'Project':
      return 'Project';
    case 'Place':
      return 'Place';
    case 'Funding':
      return 'MonetaryAmount';
    case 'Person':
      return 'Person';
  }
}

const GOVERNMENT_KINDS = new Set<AgencyKind>(['GOVERNMENT', 'TASK_FORCE']);

/**
 * The property each edge type becomes on its `from` node, per end labels where they differ
 * (PART_OF is containment between places, parenthood between agencies).
 */
export function predicateOf(type: EdgeType, fromLabel: NodeLabel): string {
  switch (type) {
    case 'LEADS':
      return 'leads';
    case 'ASSISTS':
      return 'assists';
    case 'LOCATED_IN':
      return 'location';
    case 'FUNDS':
      return 'funds';
    case 'PROVIDED_BY':
      return 'providedBy';
    case 'DEPENDS_ON':
      return 'dependsOn';
    case 'PART_OF':
      return fromLabel === 'Agency' ? 'parentOrganization' : 'containedInPlace';
    case 'OVERSEES':
      return 'oversees';
    case 'BASED_IN':
      return 'areaServed';
  }
}

/**
 * An agency's part in a project as FollowTheMoney's ProjectParticipant role text and the IATI
 * OrganisationRole code: the lead unit answers for the project (2, Accountable), an assisting unit
 * carries out part of it (4, Implementing).
 */
export const PARTICIPANT_ROLES: Partial<Record<EdgeType, { role: string; iati: string }>> = {
  LEADS: { role: 'lead', iati: '2' },
  ASSISTS: { role: 'assist', iati: '4' },
};

/** Node props → JSON-LD terms, per label (props not listed stay out of the linked data). */
export const PROPERTY_TERMS: Record<NodeLabel, Record<string, string>> = {
  Agency: { kind: 'agencyKind', level: 'level', jurisdiction: 'jurisdiction' },
  Project: { kind: 'projectKind' },
  Place: { level: 'level', code: 'divisionCode' },
  Funding: { yuan: 'value', kind: 'fundingKind', period: 'period' },
  Person: { title: 'jobTitle' },
};
