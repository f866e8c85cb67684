/**
 * Graph JSON: the extractor's output contract (docs/graph-json.md).
 *
 * The loaders produce it, the store writes it into Neo4j and exports it back out, so these types are
 * the one shape every stage agrees on. Keep them in step with docs/graph-json.md.
 */

export const GRAPH_JSON_VERSION = 1 as const;

export const NODE_LABELS = ['Agency', 'Project', 'Place', 'Funding', 'Person'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const GENRES = ['TASK_TABLE', 'WORK_REPORT', 'POLICY', 'BULLETIN', 'OTHER'] as const;
export type Genre = (typeof GENRES)[number];

export const AGENCY_KINDS = [
  'GOVERNMENT',
  'PARTY',
  'TASK_FORCE',
  'SOE',
  'ENTERPRISE',
  'INSTITUTION',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const PROJECT_KINDS = [
  'INFRASTRUCTURE',
  'INDUSTRIAL',
  'PUBLIC_SERVICE',
  'PROGRAM',
  'MEASURE',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PLACE_LEVELS = [
  'PROVINCE',
  'CITY',
  'DISTRICT',
  'COUNTY',
  'TOWN',
  'VILLAGE',
  'ZONE',
  'AREA',
] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const FUNDING_KINDS = [
  'TOTAL_INVESTMENT',
  'PLANNED_INVESTMENT',
  'COMPLETED_INVESTMENT',
  'SUBSIDY',
  'BOND',
  'FUND',
  'BUDGET',
  'REVENUE',
  'LOAN',
  'OTHER',
] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const DEPENDENCY_KINDS = ['RELIES_ON', 'PART_OF', 'NEXT_PHASE', 'SUPPORTS', 'PRECONDITION'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

/** Edge types with the labels allowed at each end. */
export const EDGE_ENDS = {
  LEADS: [['Agency'], ['Project']],
  ASSISTS: [['Agency'], ['Project']],
  LOCATED_IN: [['Project'], ['Place']],
  FUNDS: [['Funding'], ['Project', 'Agency']],
  PROVIDED_BY: [['Funding'], ['Agency']],
  DEPENDS_ON: [['Project'], ['Project']],
  PART_OF: [
    ['Place', 'Agency'],
    ['Place', 'Agency'],
  ],
  OVERSEES: [['Person'], ['Project']],
  BASED_IN: [['Agency'], ['Place']],
} as const satisfies Record<string, readonly [readonly NodeLabel[], readonly NodeLabel[]]>;
export type EdgeType = keyof typeof EDGE_ENDS;
export const EDGE_TYPES = Object.keys(EDGE_ENDS) as EdgeType[];

export interface GraphDocument {
  /** `doc:` + content hash: stable across runs. */
  id: string;
  /** Base name of the input file. */
  file: string;
  title: string;
  issuer: string;
  jurisdiction: string;
  genre: Genre;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  /** Length of the decoded original text (JavaScript string length). */
  chars: number;
  /**
   * Every file name with this content, `file` first, when there are several (identical files are
   * one document): absent for a document read from one file.
   */
  files?: string[];
}

/** Label-specific properties. Values are scalars so that they map onto Neo4j properties. */
export type NodeProps = Record<string, string | number | boolean | null>;

export interface GraphNode {
  /** `agency:…`, `project:…`, `place:…`, `funding:…`, `person:…`: stable across runs and documents. */
  id: string;
  label: NodeLabel;
  name: string;
  aliases?: string[];
  props: NodeProps;
}

export interface Evidence {
  doc: string;
  /** Offsets into the decoded ORIGINAL text; `quote === text.slice(start, end)`. */
  start: number;
  end: number;
  quote: string;
  /** Ids of the extraction rules that produced the fact from this span (optional; for debugging). */
  rules?: string[];
}

export interface GraphEdge {
  type: EdgeType;
  from: string;
  to: string;
  props: Record<string, string | number | boolean | null>;
  evidence: Evidence[];
}

export interface GraphJson {
  version: typeof GRAPH_JSON_VERSION;
  documents: GraphDocument[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}
