/**
 * Plain rows as the translate layer returns them (Neo4j values already converted by graph-reader).
 * The GraphQL object types read their scalar fields straight from these; relation fields are resolved
 * from ids through the per-request loaders.
 */
import type { NodeLabel } from '../model/graph-json.js';

export interface EntityRow {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  [prop: string]: unknown;
}

export interface DocumentRow {
  id: string;
  file: string;
  title: string | null;
  issuer: string | null;
  jurisdiction: string | null;
  genre: string | null;
  date: string | null;
  chars: number | null;
}

export interface EvidenceRow {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

/** A stored relationship between two entities with its evidence. */
export interface FactRow {
  type: string;
  kind: string | null;
  from: string;
  to: string;
  evidence: EvidenceRow[];
}

export const LABEL_BY_PREFIX: Record<string, NodeLabel> = {
  agency: 'Agency',
  project: 'Project',
  place: 'Place',
  funding: 'Funding',
  person: 'Person',
};

/** Node ids carry their label as a prefix (`agency:…`), which lets lookups use the per-label index. */
export function labelOfId(id: string): NodeLabel | undefined {
  return LABEL_BY_PREFIX[id.slice(0, id.indexOf(':'))];
}

/** What `entityMap` in translate/fragments.ts returns. */
export interface RawEntity {
  props: Record<string, unknown>;
  labels: string[];
}

export function entityRow(raw: RawEntity): EntityRow {
  const label = raw.labels.find((l) => l !== 'Entity') as NodeLabel;
  const props = raw.props as Partial<EntityRow>;
  return {
    ...props,
    id: String(props.id),
    name: String(props.name ?? ''),
    aliases: props.aliases ?? [],
    label,
  };
}
