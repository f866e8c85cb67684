import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A public body, party organ, task force, enterprise or institution */
export type Agency = Entity & {
  __typename?: 'Agency';
  /** Other names found in the documents (abbreviations, short forms) */
  aliases: Array<Scalars['String']['output']>;
  /** Bodies that belong to it */
  children: Array<Agency>;
  /** Agencies that own projects with this one */
  coOwners: AgencyPairConnection;
  /** Documents that mention it */
  documents: Array<Document>;
  /** The facts it takes part in (either end), with evidence, by type and the other end's name */
  facts: FactConnection;
  /** Amounts it holds, spends or provides */
  funding: Array<Funding>;
  id: Scalars['ID']['output'];
  /** Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page */
  iri: Scalars['String']['output'];
  /** Where the agency has authority, e.g. 珠海市 */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<AgencyKind>;
  label: EntityLabel;
  /** Administrative level (CITY, DISTRICT, …) */
  level?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The body it belongs to (PART_OF) */
  parent?: Maybe<Agency>;
  /** Where it has authority (BASED_IN) */
  places: Array<Place>;
  /** Projects the agency leads or assists */
  projects: ProjectConnection;
};


/** A public body, party organ, task force, enterprise or institution */
export type AgencyCoOwnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  minShared?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
};


/** A public body, party organ, task force, enterprise or institution */
export type AgencyFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A public body, party organ, task force, enterprise or institution */
export type AgencyProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  /** e.g. 珠海市 */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AgencyKind>;
  /** Substring of the name or an alias */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type AgencyKind =
  | 'ENTERPRISE'
  | 'GOVERNMENT'
  | 'INSTITUTION'
  | 'PARTY'
  | 'SOE'
  | 'TASK_FORCE';

/** Agencies as nodes and co-ownership as weighted edges, heaviest edges first */
export type AgencyNetwork = {
  __typename?: 'AgencyNetwork';
  edges: Array<AgencyNetworkEdge>;
  /** The agencies on the returned edges (and the centre, if any) */
  nodes: Array<AgencyNetworkNode>;
  /** Edges before the maxEdges cut */
  totalEdges: Scalars['Int']['output'];
  /** Whether lighter edges were left out (maxEdges) */
  truncated: Scalars['Boolean']['output'];
};

/** Two agencies that own projects together; the weight is how many */
export type AgencyNetworkEdge = {
  __typename?: 'AgencyNetworkEdge';
  /** How many projects both own */
  sharedCount: Scalars['Int']['output'];
  /** Id of one agency (the smaller id) */
  source: Scalars['ID']['output'];
  /** Id of the other agency */
  target: Scalars['ID']['output'];
};

/** An agency in the co-ownership network */
export type AgencyNetworkNode = {
  __typename?: 'AgencyNetworkNode';
  agency: Agency;
  /** Projects it owns (in the role asked for, if any) */
  projectCount: Scalars['Int']['output'];
};

/** Two agencies that own projects together (lead or assist) */
export type AgencyPair = {
  __typename?: 'AgencyPair';
  a: Agency;
  b: Agency;
  /** The shared projects */
  projects: Array<Project>;
  /** How many projects both own */
  sharedCount: Scalars['Int']['output'];
};

export type AgencyPairConnection = {
  __typename?: 'AgencyPairConnection';
  edges: Array<AgencyPairEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

export type AgencyPairEdge = {
  __typename?: 'AgencyPairEdge';
  cursor: Scalars['String']['output'];
  node: AgencyPair;
};

/** An agency's part in a project */
export type AgencyRole = {
  __typename?: 'AgencyRole';
  agency: Agency;
  evidence: Array<Evidence>;
  role: Role;
};

/** How one project depends on another */
export type DependencyKind =
  | 'NEXT_PHASE'
  | 'PART_OF'
  | 'PRECONDITION'
  | 'RELIES_ON'
  | 'SUPPORTS';

/** One DEPENDS_ON link reached while following dependencies */
export type DependencyLink = {
  __typename?: 'DependencyLink';
  /** Hops from the project asked about (1 = direct) */
  depth: Scalars['Int']['output'];
  evidence: Array<Evidence>;
  /** The depending project */
  from: Project;
  kind?: Maybe<DependencyKind>;
  /** The project depended on */
  to: Project;
};

/** A source document */
export type Document = {
  __typename?: 'Document';
  /** Length of the decoded text */
  chars?: Maybe<Scalars['Int']['output']>;
  /** ISO date (YYYY-MM-DD) */
  date?: Maybe<Scalars['String']['output']>;
  /** Entities the document mentions */
  entityCount: Scalars['Int']['output'];
  /** Facts the document supports */
  factCount: Scalars['Int']['output'];
  /** Facts the document supports, per type */
  factCounts: Array<FactCount>;
  /** The facts this document is evidence for */
  facts: FactConnection;
  /** Base name of the input file */
  file: Scalars['String']['output'];
  genre?: Maybe<Genre>;
  id: Scalars['ID']['output'];
  /** Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page */
  iri: Scalars['String']['output'];
  issuer?: Maybe<Scalars['String']['output']>;
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** The decoded original text from start to end (default and at most 50,000 characters; end is cut to the length); null when the text is not stored */
  text?: Maybe<TextRange>;
  title?: Maybe<Scalars['String']['output']>;
};


/** A source document */
export type DocumentFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A source document */
export type DocumentTextArgs = {
  end?: InputMaybe<Scalars['Int']['input']>;
  start?: Scalars['Int']['input'];
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentFilter = {
  genre?: InputMaybe<Genre>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
};

/** An agency, project, place, funding amount or person */
export type Entity = {
  /** Other names found in the documents (abbreviations, short forms) */
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page */
  iri: Scalars['String']['output'];
  label: EntityLabel;
  name: Scalars['String']['output'];
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** The kind of an entity node */
export type EntityLabel =
  | 'Agency'
  | 'Funding'
  | 'Person'
  | 'Place'
  | 'Project';

/** A span of a source document that states a fact */
export type Evidence = {
  __typename?: 'Evidence';
  /** The document the quote is from */
  document?: Maybe<Document>;
  /** End offset (exclusive) */
  end: Scalars['Int']['output'];
  /** The quoted text: original.slice(start, end) */
  quote: Scalars['String']['output'];
  /** Start offset (JavaScript string index) in the decoded original text */
  start: Scalars['Int']['output'];
};

/** A stored relationship between two entities and the evidence for it */
export type Fact = {
  __typename?: 'Fact';
  evidence: Array<Evidence>;
  from?: Maybe<Entity>;
  /** Sub-kind, e.g. the DependencyKind of a DEPENDS_ON */
  kind?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Entity>;
  type: RelationType;
};

export type FactConnection = {
  __typename?: 'FactConnection';
  edges: Array<FactEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

/** How many facts of one type a document supports */
export type FactCount = {
  __typename?: 'FactCount';
  count: Scalars['Int']['output'];
  type: RelationType;
};

export type FactEdge = {
  __typename?: 'FactEdge';
  cursor: Scalars['String']['output'];
  node: Fact;
};

/** An amount of money stated in a document */
export type Funding = Entity & {
  __typename?: 'Funding';
  /** Other names found in the documents (abbreviations, short forms) */
  aliases: Array<Scalars['String']['output']>;
  documents: Array<Document>;
  evidence: Array<Evidence>;
  /** The facts it takes part in (either end), with evidence, by type and the other end's name */
  facts: FactConnection;
  id: Scalars['ID']['output'];
  /** Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page */
  iri: Scalars['String']['output'];
  kind?: Maybe<FundingKind>;
  label: EntityLabel;
  name: Scalars['String']['output'];
  /** Period the amount covers, e.g. 2023-01/2023-05 */
  period?: Maybe<Scalars['String']['output']>;
  /** Who provides the money, where stated */
  providers: Array<Agency>;
  /** The projects or agencies the amount is for */
  recipients: Array<Entity>;
  /** Amount in yuan */
  yuan?: Maybe<Scalars['Float']['output']>;
};


/** An amount of money stated in a document */
export type FundingFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type FundingFilter = {
  /** Agency id, name or alias: funds it provides, receives or leads */
  agency?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<FundingKind>;
  /** Place id, name or alias (with sub-places) of the funded project */
  place?: InputMaybe<Scalars['String']['input']>;
  project?: InputMaybe<Scalars['ID']['input']>;
};

/** Funding summed over one group */
export type FundingGroup = {
  __typename?: 'FundingGroup';
  /** Number of amounts summed */
  count: Scalars['Int']['output'];
  /** Id of the place, agency or document; the kind for KIND; null for amounts with no such link */
  key?: Maybe<Scalars['String']['output']>;
  /** Readable name of the group */
  name?: Maybe<Scalars['String']['output']>;
  /** Sum in yuan (each amount counted once per group) */
  totalYuan: Scalars['Float']['output'];
};

/** How fundingSummary groups amounts */
export type FundingGroupBy =
  | 'AGENCY'
  | 'DOCUMENT'
  | 'KIND'
  | 'PLACE';

export type FundingGroupConnection = {
  __typename?: 'FundingGroupConnection';
  edges: Array<FundingGroupEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

export type FundingGroupEdge = {
  __typename?: 'FundingGroupEdge';
  cursor: Scalars['String']['output'];
  node: FundingGroup;
};

export type FundingKind =
  | 'BOND'
  | 'BUDGET'
  | 'COMPLETED_INVESTMENT'
  | 'FUND'
  | 'LOAN'
  | 'OTHER'
  | 'PLANNED_INVESTMENT'
  | 'REVENUE'
  | 'SUBSIDY'
  | 'TOTAL_INVESTMENT';

/** The sum of one kind of funding */
export type FundingTotal = {
  __typename?: 'FundingTotal';
  count: Scalars['Int']['output'];
  kind?: Maybe<FundingKind>;
  yuan: Scalars['Float']['output'];
};

/** What kind of document */
export type Genre =
  | 'BULLETIN'
  | 'OTHER'
  | 'POLICY'
  | 'TASK_TABLE'
  | 'WORK_REPORT';

export type IngestDocumentInput = {
  /** ISO date (YYYY-MM-DD) */
  date?: InputMaybe<Scalars['String']['input']>;
  /** File name; a later ingest with the same name replaces this document */
  file: Scalars['String']['input'];
  genre?: InputMaybe<Genre>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** The document text (UTF-8) */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Remove a document and whatever only it supported */
  deleteDocument: Scalars['Boolean']['output'];
  /** Extract a document and write it (replacing an earlier version with the same file); all or nothing */
  ingestDocument: Document;
};


export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};

/** Relay page information */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The shortest connection between two entities */
export type Path = {
  __typename?: 'Path';
  /** Number of relationships */
  length: Scalars['Int']['output'];
  /** The entities along the path, from the first to the last */
  nodes: Array<Entity>;
  /** One fact per step, in path order (a step may be walked against its direction) */
  steps: Array<Fact>;
};

/** A named official */
export type Person = Entity & {
  __typename?: 'Person';
  /** Other names found in the documents (abbreviations, short forms) */
  aliases: Array<Scalars['String']['output']>;
  /** The facts it takes part in (either end), with evidence, by type and the other end's name */
  facts: FactConnection;
  id: Scalars['ID']['output'];
  /** Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page */
  iri: Scalars['String']['output'];
  label: EntityLabel;
  name: Scalars['String']['output'];
  /** Projects the person is responsible for */
  oversees: Array<Project>;
  title?: Maybe<Scalars['String']['output']>;
};


/** A named official */
export type PersonFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** An administrative area or zone */
export type Place = Entity & {
  __typename?: 'Place';
  /** Agencies based here */
  agencies: Array<Agency>;
  /** Other names found in the documents (abbreviations, short forms) */
  aliases: Array<Scalars['String']['output']>;
  children: Array<Place>;
  /** Administrative division code */
  code?: Maybe<Scalars['String']['output']>;
  /** The facts it takes part in (either end), with evidence, by type and the other end's name */
  facts: FactConnection;
  id: Scalars['ID']['output'];
  /** Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page */
  iri: Scalars['String']['output'];
  label: EntityLabel;
  level?: Maybe<PlaceLevel>;
  name: Scalars['String']['output'];
  parent?: Maybe<Place>;
  /** Projects located here */
  projects: ProjectConnection;
};


/** An administrative area or zone */
export type PlaceFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** An administrative area or zone */
export type PlaceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubPlaces?: Scalars['Boolean']['input'];
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type PlaceFilter = {
  level?: InputMaybe<PlaceLevel>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Place id, name or alias: only its direct children */
  parent?: InputMaybe<Scalars['String']['input']>;
};

export type PlaceLevel =
  | 'AREA'
  | 'CITY'
  | 'COUNTY'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'TOWN'
  | 'VILLAGE'
  | 'ZONE';

/** A project, work, park, platform, programme, key task or measure */
export type Project = Entity & {
  __typename?: 'Project';
  /** Other names found in the documents (abbreviations, short forms) */
  aliases: Array<Scalars['String']['output']>;
  /** Assisting units */
  assistants: Array<Agency>;
  /** What depends on this project, transitively up to depth hops */
  dependents: Array<DependencyLink>;
  /** What this project depends on, transitively up to depth hops */
  dependsOn: Array<DependencyLink>;
  /** Documents that mention it */
  documents: Array<Document>;
  /** The evidence of all its facts */
  evidence: Array<Evidence>;
  /** Every stored fact about the project, with evidence */
  facts: Array<Fact>;
  funding: ProjectFunding;
  id: Scalars['ID']['output'];
  /** Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page */
  iri: Scalars['String']['output'];
  kind?: Maybe<ProjectKind>;
  label: EntityLabel;
  /** Lead units */
  leads: Array<Agency>;
  name: Scalars['String']['output'];
  /** Responsible leaders */
  overseers: Array<Person>;
  places: Array<Place>;
  /** Every agency with its role and the evidence for it */
  roles: Array<AgencyRole>;
};


/** A project, work, park, platform, programme, key task or measure */
export type ProjectDependentsArgs = {
  depth?: Scalars['Int']['input'];
};


/** A project, work, park, platform, programme, key task or measure */
export type ProjectDependsOnArgs = {
  depth?: Scalars['Int']['input'];
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  /** Number of matches across all pages */
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectFilter = {
  /** Agency id, name or alias that owns the project */
  agency?: InputMaybe<Scalars['String']['input']>;
  /** Only projects mentioned by this document */
  document?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ProjectKind>;
  /** Only projects with an amount of at least this many yuan */
  minYuan?: InputMaybe<Scalars['Float']['input']>;
  /** Substring of the name or an alias */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Place id, name or alias; includes its sub-places */
  place?: InputMaybe<Scalars['String']['input']>;
  /** With agency: only this role; alone: projects with such an agency */
  role?: InputMaybe<Role>;
};

/** A project's funding amounts and their totals per kind */
export type ProjectFunding = {
  __typename?: 'ProjectFunding';
  items: Array<Funding>;
  /** One total per funding kind (kinds are not summed together) */
  totals: Array<FundingTotal>;
};

export type ProjectKind =
  | 'INDUSTRIAL'
  | 'INFRASTRUCTURE'
  | 'MEASURE'
  | 'PROGRAM'
  | 'PUBLIC_SERVICE';

export type ProjectOrder =
  | 'AGENCIES_DESC'
  | 'FUNDING_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type Query = {
  __typename?: 'Query';
  /** Agencies, by name */
  agencies: AgencyConnection;
  /** One agency by id, or by any name or alias (市发改局) within an optional jurisdiction; an ambiguous name is an error listing the candidates */
  agency: Agency;
  /** The co-ownership network: agencies and, for each pair owning projects together, an edge weighted by how many */
  agencyNetwork: AgencyNetwork;
  /** Pairs of agencies that own projects together, most shared first */
  agencyPairs: AgencyPairConnection;
  document: Document;
  /** Loaded documents, newest first */
  documents: DocumentConnection;
  /** Any entity (agency, project, place, funding, person) by id */
  entity: Entity;
  /** Sums in yuan, grouped, largest first */
  fundingSummary: FundingGroupConnection;
  /** The shortest connection between two entities over facts; null when none within maxHops */
  path?: Maybe<Path>;
  /** One place by id, or by a name or alias that names only it */
  place: Place;
  places: PlaceConnection;
  /** One project by id, or by a name or alias that names only it */
  project: Project;
  /** Projects matching every given filter */
  projects: ProjectConnection;
  /** Entities whose name or an alias contains the text (Chinese substrings work), best matches first */
  search: EntityConnection;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgencyNetworkArgs = {
  around?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  maxEdges?: Scalars['Int']['input'];
  minShared?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
};


export type QueryAgencyPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  minShared?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundingSummaryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy: FundingGroupBy;
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: Scalars['Int']['input'];
  to: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ProjectOrder;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<EntityLabel>>;
  text: Scalars['String']['input'];
};

/** Relationship types between entities */
export type RelationType =
  | 'ASSISTS'
  | 'BASED_IN'
  | 'DEPENDS_ON'
  | 'FUNDS'
  | 'LEADS'
  | 'LOCATED_IN'
  | 'OVERSEES'
  | 'PART_OF'
  | 'PROVIDED_BY';

/** An agency's part in a project */
export type Role =
  | 'ASSIST'
  | 'LEAD';

/** A range of a document's decoded original text */
export type TextRange = {
  __typename?: 'TextRange';
  /** End offset (exclusive) */
  end: Scalars['Int']['output'];
  /** Start offset (JavaScript string index), as evidence offsets */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type AgencyByNameQueryVariables = Exact<{
  name: Scalars['String']['input'];
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgencyByNameQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', id: string, name: string, aliases: Array<string>, jurisdiction?: string | null, projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, name: string } }> } } };

export type CoOwnershipNetworkQueryVariables = Exact<{
  minShared?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  around?: InputMaybe<Scalars['ID']['input']>;
  maxEdges?: Scalars['Int']['input'];
}>;


export type CoOwnershipNetworkQuery = { __typename?: 'Query', agencyNetwork: { __typename?: 'AgencyNetwork', totalEdges: number, truncated: boolean, nodes: Array<{ __typename?: 'AgencyNetworkNode', projectCount: number, agency: { __typename?: 'Agency', id: string, iri: string, name: string, jurisdiction?: string | null } }>, edges: Array<{ __typename?: 'AgencyNetworkEdge', source: string, target: string, sharedCount: number }> } };

export type CoOwningAgenciesQueryVariables = Exact<{
  minShared?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CoOwningAgenciesQuery = { __typename?: 'Query', agencyPairs: { __typename?: 'AgencyPairConnection', totalCount: number, edges: Array<{ __typename?: 'AgencyPairEdge', node: { __typename?: 'AgencyPair', sharedCount: number, a: { __typename?: 'Agency', id: string, name: string }, b: { __typename?: 'Agency', id: string, name: string }, projects: Array<{ __typename?: 'Project', id: string, name: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DependencyChainQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DependencyChainQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, dependsOn: Array<{ __typename?: 'DependencyLink', depth: number, kind?: DependencyKind | null, from: { __typename?: 'Project', name: string }, to: { __typename?: 'Project', id: string, name: string } }>, dependents: Array<{ __typename?: 'DependencyLink', depth: number, kind?: DependencyKind | null, from: { __typename?: 'Project', id: string, name: string } }> } };

export type DistrictProjectsWithFundingQueryVariables = Exact<{
  place: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DistrictProjectsWithFundingQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, name: string, kind?: ProjectKind | null, places: Array<{ __typename?: 'Place', name: string }>, leads: Array<{ __typename?: 'Agency', name: string }>, funding: { __typename?: 'ProjectFunding', totals: Array<{ __typename?: 'FundingTotal', kind?: FundingKind | null, yuan: number }> } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type EvidenceForAFactQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvidenceForAFactQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, roles: Array<{ __typename?: 'AgencyRole', role: Role, agency: { __typename?: 'Agency', id: string, name: string }, evidence: Array<{ __typename?: 'Evidence', quote: string, start: number, end: number, document?: { __typename?: 'Document', id: string, file: string, title?: string | null, date?: string | null } | null }> }> } };

export type SearchEntitiesQueryVariables = Exact<{
  text: Scalars['String']['input'];
  labels?: InputMaybe<Array<EntityLabel> | EntityLabel>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchEntitiesQuery = { __typename?: 'Query', search: { __typename?: 'EntityConnection', totalCount: number, edges: Array<{ __typename?: 'EntityEdge', node: { __typename: 'Agency', id: string, name: string, aliases: Array<string> } | { __typename: 'Funding', id: string, name: string, aliases: Array<string> } | { __typename: 'Person', id: string, name: string, aliases: Array<string> } | { __typename: 'Place', id: string, name: string, aliases: Array<string> } | { __typename: 'Project', id: string, name: string, aliases: Array<string> } }> } };

export type WhereTheMoneyGoesQueryVariables = Exact<{
  kind?: InputMaybe<FundingKind>;
  place?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WhereTheMoneyGoesQuery = { __typename?: 'Query', byPlace: { __typename?: 'FundingGroupConnection', totalCount: number, edges: Array<{ __typename?: 'FundingGroupEdge', node: { __typename?: 'FundingGroup', key?: string | null, name?: string | null, totalYuan: number, count: number } }> }, byAgency: { __typename?: 'FundingGroupConnection', edges: Array<{ __typename?: 'FundingGroupEdge', node: { __typename?: 'FundingGroup', key?: string | null, name?: string | null, totalYuan: number, count: number } }> } };


export const AgencyByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyByNameQuery, AgencyByNameQueryVariables>;
export const CoOwnershipNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoOwnershipNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minShared"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"around"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minShared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minShared"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"Argument","name":{"kind":"Name","value":"around"},"value":{"kind":"Variable","name":{"kind":"Name","value":"around"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxEdges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalEdges"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}}]}}]}}]}}]} as unknown as DocumentNode<CoOwnershipNetworkQuery, CoOwnershipNetworkQueryVariables>;
export const CoOwningAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoOwningAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minShared"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyPairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minShared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minShared"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CoOwningAgenciesQuery, CoOwningAgenciesQueryVariables>;
export const DependencyChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DependencyChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DependencyChainQuery, DependencyChainQueryVariables>;
export const DistrictProjectsWithFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictProjectsWithFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"FUNDING_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictProjectsWithFundingQuery, DistrictProjectsWithFundingQueryVariables>;
export const EvidenceForAFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceForAFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceForAFactQuery, EvidenceForAFactQueryVariables>;
export const SearchEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityLabel"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const WhereTheMoneyGoesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhereTheMoneyGoes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byPlace"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PLACE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byAgency"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"AGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhereTheMoneyGoesQuery, WhereTheMoneyGoesQueryVariables>;