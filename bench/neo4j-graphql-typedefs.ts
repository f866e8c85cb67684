/**
 * Type definitions for the @neo4j/graphql baseline of bench/api.ts, written against the stored layout
 * (docs/data-model.md). It answers the same five questions in its own query shape: generated filters,
 * sorting and nesting where it has them, and `@cypher` fields (its documented extension point) for
 * what it cannot express (agency pairs, money per place and per agency, a project's largest amount,
 * the documents behind evidence).
 *
 * Each of its answers carries the same information as ours (queries/*.graphql), so that neither side
 * does less work: the same rows, order, page size and totals; see the API section of
 * docs/performance.md for the few places where the shapes differ. The `@cypher` aggregations use the
 * same Cypher as our translate layer (src/api/translate/agencies.ts, funding.ts): what is compared is
 * the API layer, not two ways of writing the statement.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Evidence @relationshipProperties {
    evDocs: [String!]
    evStarts: [Int!]
    evEnds: [Int!]
    evQuotes: [String!]
  }

  type Dependency @relationshipProperties {
    kind: String
    evQuotes: [String!]
  }

  type Agency @node(labels: ["Agency"]) {
    id: ID!
    name: String!
    aliases: [String!]
    jurisdiction: String
    leads: [Project!]! @relationship(type: "LEADS", direction: OUT, properties: "Evidence")
    assists: [Project!]! @relationship(type: "ASSISTS", direction: OUT, properties: "Evidence")
  }

  type Project @node(labels: ["Project"]) {
    id: ID!
    name: String!
    kind: String
    leadAgencies: [Agency!]! @relationship(type: "LEADS", direction: IN, properties: "Evidence")
    assistAgencies: [Agency!]! @relationship(type: "ASSISTS", direction: IN, properties: "Evidence")
    places: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
    funding: [Funding!]! @relationship(type: "FUNDS", direction: IN)
    dependsOn: [Project!]! @relationship(type: "DEPENDS_ON", direction: OUT, properties: "Dependency")
    dependents: [Project!]! @relationship(type: "DEPENDS_ON", direction: IN, properties: "Dependency")
    "Largest amount (−1 without one): our FUNDING_DESC order."
    topYuan: Float!
      @cypher(
        statement: "OPTIONAL MATCH (f:Funding)-[:FUNDS]->(this) RETURN coalesce(max(f.yuan), -1.0) AS top"
        columnName: "top"
      )
    "The documents the evidence of its lead/assist roles quotes (our evidence.document)."
    roleDocuments: [Document!]!
      @cypher(
        statement: """
        MATCH (this)<-[r:LEADS|ASSISTS]-(:Agency) UNWIND r.evDocs AS doc
        WITH DISTINCT doc MATCH (d:Document {id: doc}) RETURN d
        """
        columnName: "d"
      )
  }

  type Place @node(labels: ["Place"]) {
    id: ID!
    name: String!
    level: String
    parent: [Place!]! @relationship(type: "PART_OF", direction: OUT)
    projects: [Project!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type Funding @node(labels: ["Funding"]) {
    id: ID!
    name: String!
    yuan: Float
    kind: String
  }

  type Document @node(labels: ["Document"]) {
    id: ID!
    file: String!
    title: String
    date: String
  }

  type Ref {
    id: ID!
    name: String!
  }

  type AgencyPairRow {
    a: Ref!
    b: Ref!
    sharedCount: Int!
    projects: [Ref!]!
  }

  type AgencyPairPage {
    totalCount: Int!
    rows: [AgencyPairRow!]!
  }

  type MoneyRow {
    key: String
    name: String
    totalYuan: Float!
    count: Int!
  }

  type MoneyPage {
    totalCount: Int!
    rows: [MoneyRow!]!
  }

  type Query {
    agencyPairs(minShared: Int!, first: Int!): AgencyPairPage!
      @cypher(
        statement: """
        MATCH (a:Agency)-[:LEADS|ASSISTS]->(p:Project)<-[:LEADS|ASSISTS]-(b:Agency)
        WHERE a.id < b.id
        WITH a, b, count(DISTINCT p) AS sharedCount
        WHERE sharedCount >= $minShared
        WITH a, b, sharedCount ORDER BY sharedCount DESC, a.name, b.name
        WITH collect({a: a, b: b, sharedCount: sharedCount}) AS matches
        CALL (matches) {
          UNWIND matches[0..$first] AS x
          CALL (x) {
            WITH x.a AS a, x.b AS b
            MATCH (a)-[:LEADS|ASSISTS]->(p:Project)<-[:LEADS|ASSISTS]-(b)
            WITH DISTINCT p ORDER BY p.name, p.id
            RETURN collect({id: p.id, name: p.name}) AS projects
          }
          RETURN collect({a: {id: x.a.id, name: x.a.name}, b: {id: x.b.id, name: x.b.name},
            sharedCount: x.sharedCount, projects: projects}) AS rows
        }
        RETURN {totalCount: size(matches), rows: rows} AS page
        """
        columnName: "page"
      )
    moneyByPlace(kind: String, first: Int!): MoneyPage!
      @cypher(
        statement: """
        MATCH (f:Funding) WHERE $kind IS NULL OR f.kind = $kind
        OPTIONAL MATCH (f)-[:FUNDS]->(:Project)-[:LOCATED_IN]->(g:Place)
        WITH g, collect(DISTINCT f) AS amounts
        WITH {key: g.id, name: g.name, totalYuan: reduce(s = 0.0, x IN amounts | s + coalesce(x.yuan, 0.0)), count: size(amounts)} AS row
        ORDER BY row.totalYuan DESC, row.name
        WITH collect(row) AS rows
        RETURN {totalCount: size(rows), rows: rows[0..$first]} AS page
        """
        columnName: "page"
      )
    "Amounts per lead agency of the funded project, or per agency funded directly (our groupBy: AGENCY)."
    moneyByAgency(kind: String, first: Int!): [MoneyRow!]!
      @cypher(
        statement: """
        MATCH (f:Funding) WHERE $kind IS NULL OR f.kind = $kind
        OPTIONAL CALL (f) {
          MATCH (f)-[:FUNDS]->(:Project)<-[:LEADS]-(g:Agency) RETURN g
          UNION
          MATCH (f)-[:FUNDS]->(g:Agency) RETURN g
        }
        WITH g, collect(DISTINCT f) AS amounts
        RETURN {key: g.id, name: g.name, totalYuan: reduce(s = 0.0, x IN amounts | s + coalesce(x.yuan, 0.0)), count: size(amounts)} AS row
        ORDER BY row.totalYuan DESC, row.name LIMIT $first
        """
        columnName: "row"
      )
  }
`;

/** The five questions in @neo4j/graphql's shape, paired by name with queries/ operations. */
export const NEO4J_GRAPHQL_QUERIES: Record<string, string> = {
  CoOwningAgencies: `query CoOwningAgencies($minShared: Int!, $first: Int!) {
    agencyPairs(minShared: $minShared, first: $first) {
      totalCount rows { a { id name } b { id name } sharedCount projects { id name } } } }`,
  DistrictProjectsWithFunding: `query DistrictProjectsWithFunding($place: ID!, $first: Int!) {
    projectsConnection(first: $first, sort: [{ topYuan: DESC }, { name: ASC }, { id: ASC }],
      where: { places: { some: { OR: [
        { id: { eq: $place } },
        { parent: { some: { id: { eq: $place } } } },
        { parent: { some: { parent: { some: { id: { eq: $place } } } } } },
        { parent: { some: { parent: { some: { parent: { some: { id: { eq: $place } } } } } } } } ] } } }) {
      totalCount
      edges { node { id name kind places { name } leadAgencies { name } funding { kind yuan } } }
      pageInfo { hasNextPage endCursor } } }`,
  DependencyChain: `query DependencyChain($id: ID!) {
    projects(where: { id: { eq: $id } }) { id name
      dependsOnConnection { edges { properties { kind } node { id name
        dependsOnConnection { edges { properties { kind } node { id name
          dependsOnConnection { edges { properties { kind } node { id name } } } } } } } } }
      dependentsConnection { edges { properties { kind } node { id name
        dependentsConnection { edges { properties { kind } node { id name
          dependentsConnection { edges { properties { kind } node { id name } } } } } } } } } } }`,
  WhereTheMoneyGoes: `query WhereTheMoneyGoes($kind: String, $first: Int!) {
    byPlace: moneyByPlace(kind: $kind, first: $first) { totalCount rows { key name totalYuan count } }
    byAgency: moneyByAgency(kind: $kind, first: $first) { key name totalYuan count } }`,
  EvidenceForAFact: `query EvidenceForAFact($id: ID!) {
    projects(where: { id: { eq: $id } }) { id name
      leadAgenciesConnection { edges { properties { evQuotes evStarts evEnds evDocs } node { id name } } }
      assistAgenciesConnection { edges { properties { evQuotes evStarts evEnds evDocs } node { id name } } }
      roleDocuments { id file title date } } }`,
};
