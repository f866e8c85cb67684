/**
 * Every GraphQL operation the explorer sends. test/explorer/queries.test.ts validates each against the
 * schema and the request limits (depth, complexity) with the variables the pages use.
 */

const EVIDENCE = 'start end quote document { id title }';
const REF = 'id label name';
const FACT = `type kind from { ${REF} } to { ${REF} } evidence { ${EVIDENCE} }`;
const FACT_PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { node { ${FACT} } }`;

export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 50) {
    totalCount
    edges { node { ${REF} iri aliases ... on Agency { jurisdiction } ... on Place { level } } }
  }
  documents(filter: { titleContains: $text }, first: 20) { edges { node { id title date issuer } } }
}`;

export const HOME = `query Home {
  documents(first: 50) { totalCount edges { node { id title date issuer genre factCount } } }
  agencyPairs(first: 10) { edges { node { a { id name } b { id name } sharedCount } } }
}`;

export const AGENCY = `query Agency($id: ID!) {
  agency(id: $id) {
    id iri name aliases kind level jurisdiction
    parent { id name } children { id name } places { id name }
    documents { id title date }
    facts(first: 100, types: [PART_OF, BASED_IN, FUNDS, PROVIDED_BY]) { ${FACT_PAGE} }
  }
}`;

/** The agency's facts other than its roles (which the projects table shows), one more page. */
export const AGENCY_FACTS = `query AgencyFacts($id: ID!, $after: String) {
  agency(id: $id) { facts(first: 100, after: $after, types: [PART_OF, BASED_IN, FUNDS, PROVIDED_BY]) { ${FACT_PAGE} } }
}`;

export const AGENCY_PROJECTS = `query AgencyProjects($id: ID!, $after: String) {
  agency(id: $id) {
    projects(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node {
        id name kind
        roles { role agency { id } evidence { ${EVIDENCE} } }
        funding { totals { kind yuan count } }
      } }
    }
  }
}`;

export const NETWORK = `query Network($around: ID, $role: Role, $jurisdiction: String, $minShared: Int! = 1, $maxEdges: Int! = 2000) {
  agencyNetwork(around: $around, role: $role, jurisdiction: $jurisdiction, minShared: $minShared, maxEdges: $maxEdges) {
    totalEdges truncated
    nodes { agency { id name jurisdiction kind } projectCount }
    edges { source target sharedCount }
  }
}`;

/** The projects of one agency with every agency's role on them: the shared ones are picked out client-side. */
export const SHARED_PROJECTS = `query SharedProjects($agency: String!) {
  projects(filter: { agency: $agency }, first: 100) {
    edges { node { id name roles { role agency { id name } evidence { ${EVIDENCE} } } } }
  }
}`;

export const PROJECT = `query Project($id: ID!) {
  project(id: $id) {
    id iri name aliases kind
    roles { role agency { id name jurisdiction } evidence { ${EVIDENCE} } }
    funding {
      totals { kind yuan count }
      items { id name yuan kind period evidence { ${EVIDENCE} } providers { id name } }
    }
    facts { ${FACT} }
    documents { id title date }
  }
}`;

const LINK = `depth kind from { id name } to { id name } evidence { ${EVIDENCE} }`;

export const DEPENDENCIES = `query Dependencies($id: ID!, $depth: Int!) {
  project(id: $id) { id name dependsOn(depth: $depth) { ${LINK} } dependents(depth: $depth) { ${LINK} } }
}`;

export const DOCUMENT = `query Document($id: ID!, $after: String) {
  document(id: $id) {
    id iri title file issuer jurisdiction genre date chars
    factCount factCounts { type count }
    facts(first: 100, after: $after) { ${FACT_PAGE} }
  }
}`;

export const EVIDENCE_TEXT = `query EvidenceText($doc: ID!, $start: Int!, $end: Int!) {
  document(id: $doc) { id iri title file date issuer chars text(start: $start, end: $end) { start end text } }
}`;

export const PLACE = `query Place($id: ID!, $after: String) {
  place(id: $id) {
    id iri name aliases level code
    parent { id name } children { id name } agencies { id name }
    facts(first: 100, after: $after) { ${FACT_PAGE} }
  }
}`;

/** People and funding amounts: any entity, with its own fields and its facts. */
export const ENTITY = `query Entity($id: ID!, $after: String) {
  entity(id: $id) {
    ${REF} iri aliases
    ... on Person { title facts(first: 100, after: $after) { ${FACT_PAGE} } }
    ... on Funding {
      yuan kind period providers { id name } recipients { ${REF} }
      facts(first: 100, after: $after) { ${FACT_PAGE} }
    }
  }
}`;

export const ALL = {
  SEARCH,
  HOME,
  AGENCY,
  AGENCY_FACTS,
  AGENCY_PROJECTS,
  NETWORK,
  SHARED_PROJECTS,
  PROJECT,
  DEPENDENCIES,
  DOCUMENT,
  EVIDENCE_TEXT,
  PLACE,
  ENTITY,
};
