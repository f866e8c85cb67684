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

/**
 * A Map, not an object literal: an id is client input, and `constructor:x` must not find
 * Object.prototype.constructor (which was pasted into Cypher as a label).
 */
export const LABEL_BY_PREFIX: ReadonlyMap<string, NodeLabel> = new Map([
  ['agency', 'Agency'],
  ['project', 'Project'],
  ['place', 'Place'],
  ['funding', 'Funding'],
  ['person', 'Person'],
]);

/** Node ids carry their label as a prefix (`agency:…`), which lets lookups use the per-label index. */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? LABEL_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

/** What `entityMap` in translate/fragments.ts returns. */
export interface RawEntity {
  props: Record<string, unknown>;
  labels: string[];
}

/**
 * Reads see other requests' writes as they commit (Neo4j is read-committed, and one request runs a
 * statement per level): an entity, document or fact deleted meanwhile comes back without its
 * properties inside a statement, or not at all in the next one. Such a row has vanished: the row
 * functions below return null for it and callers drop it (`present`), so a client gets the data
 * as it was a moment later instead of an error for a null in a non-null field.
 */
export function present<T>(rows: readonly (T | null | undefined)[]): T[] {
  return rows.filter((row): row is T => row !== null && row !== undefined);
}

export function entityRow(raw: RawEntity | null | undefined): EntityRow | null {
  const label = raw?.labels?.find((l) => l !== 'Entity') as NodeLabel | undefined;
  const props = (raw?.props ?? {}) as Partial<EntityRow>;
  if (!label || props.id === null || props.id === undefined) return null;
  return {
    ...props,
    id: String(props.id),
    name: String(props.name ?? ''),
    aliases: props.aliases ?? [],
    label,
  };
}

export function entityRows(raws: readonly (RawEntity | null)[] | null | undefined): EntityRow[] {
  return present((raws ?? []).map(entityRow));
}

export function documentRow(raw: unknown): DocumentRow | null {
  const row = raw as Partial<DocumentRow> | null | undefined;
  if (typeof row?.id !== 'string' || typeof row.file !== 'string') return null;
  return row as DocumentRow;
}

export function documentRows(raws: readonly unknown[] | null | undefined): DocumentRow[] {
  return present((raws ?? []).map(documentRow));
}

function evidenceRow(raw: Partial<EvidenceRow> | null): EvidenceRow | null {
  if (!raw || typeof raw.doc !== 'string' || typeof raw.quote !== 'string') return null;
  if (typeof raw.start !== 'number' || typeof raw.end !== 'number') return null;
  return raw as EvidenceRow;
}

/** A fact whose relationship vanished has no type or ends; evidence items that vanished are dropped. */
export function factRow<T extends FactRow>(raw: T | null | undefined): T | null {
  if (!raw || typeof raw.type !== 'string' || typeof raw.from !== 'string' || typeof raw.to !== 'string') {
    return null;
  }
  return { ...raw, evidence: present((raw.evidence ?? []).map(evidenceRow)) };
}
