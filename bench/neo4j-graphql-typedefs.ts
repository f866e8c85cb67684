/**
 * Type definitions for the @neo4j/graphql baseline of bench/api.ts, written against the stored layout
 * (docs/data-model.md). It answers the same five questions in its own query shape: generated filters
 * and nesting where it has them, and `@cypher` fields (its documented extension point) for the two
 * aggregations it cannot express: agency pairs and money per place.
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

  type AgencyPairRow {
    a: String!
    b: String!
    sharedCount: Int!
    projects: [String!]!
  }

  type MoneyRow {
    key: String
    name: String
    totalYuan: Float!
    count: Int!
  }

  type Query {
    agencyPairs(minShared: Int!, first: Int!): [AgencyPairRow!]!
      @cypher(
        statement: """
        MATCH (a:Agency)-[r1:LEADS|ASSISTS]->(p:Project)<-[r2:LEADS|ASSISTS]-(b:Agency)
        WHERE a.id < b.id
        WITH a, b, collect(DISTINCT p) AS shared
        WHERE size(shared) >= $minShared
        RETURN {a: a.name, b: b.name, sharedCount: size(shared), projects: [p IN shared | p.name]} AS pair
        ORDER BY pair.sharedCount DESC, pair.a, pair.b LIMIT $first
        """
        columnName: "pair"
      )
    moneyByPlace(kind: String, first: Int!): [MoneyRow!]!
      @cypher(
        statement: """
        MATCH (f:Funding) WHERE $kind IS NULL OR f.kind = $kind
        OPTIONAL MATCH (f)-[:FUNDS]->(:Project)-[:LOCATED_IN]->(g:Place)
        WITH g, collect(DISTINCT f) AS amounts
        RETURN {key: g.id, name: g.name, totalYuan: reduce(s = 0.0, x IN amounts | s + coalesce(x.yuan, 0.0)), count: size(amounts)} AS row
        ORDER BY row.totalYuan DESC LIMIT $first
        """
        columnName: "row"
      )
  }
`;

/** The five questions in @neo4j/graphql's shape, paired by name with queries/ operations. */
export const NEO4J_GRAPHQL_QUERIES: Record<string, string> = {
  CoOwningAgencies: `query CoOwningAgencies($minShared: Int!) {
    agencyPairs(minShared: $minShared, first: 10) { a b sharedCount projects } }`,
  DistrictProjectsWithFunding: `query DistrictProjectsWithFunding($place: ID!) {
    projectsConnection(first: 20, sort: [{ name: ASC }], where: { places: { some: { id: { eq: $place } } } }) {
      totalCount
      edges { node { id name kind places { name } leadAgencies { name } funding { kind yuan } } }
      pageInfo { hasNextPage endCursor } } }`,
  DependencyChain: `query DependencyChain($id: ID!) {
    projects(where: { id: { eq: $id } }) { id name
      dependsOnConnection { edges { properties { kind } node { id name
        dependsOnConnection { edges { properties { kind } node { id name
          dependsOnConnection { edges { properties { kind } node { id name } } } } } } } } } } }`,
  WhereTheMoneyGoes: `query WhereTheMoneyGoes($kind: String) { moneyByPlace(kind: $kind, first: 10) { key name totalYuan count } }`,
  EvidenceForAFact: `query EvidenceForAFact($id: ID!) {
    projects(where: { id: { eq: $id } }) { id name
      leadAgenciesConnection { edges { properties { evQuotes evStarts evEnds evDocs } node { id name } } }
      assistAgenciesConnection { edges { properties { evQuotes evStarts evEnds evDocs } node { id name } } } } }`,
};
