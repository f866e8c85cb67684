/**
 * Per-request DataLoaders: every relation field of a list of parents is fetched with one statement
 * (`UNWIND $ids`), so a nested query costs one round trip per level, not per row. Loaders whose
 * statements depend on field arguments (page windows, depth, role) are kept per argument set.
 */
import DataLoader from 'dataloader';
import type { NodeLabel } from '../model/graph-json.js';
import type { GraphReader, Row } from './graph-reader.js';
import type { PageWindow, Page } from './pagination.js';
import {
  documentRow,
  documentRows,
  entityRow,
  entityRows,
  factRow,
  labelOfId,
  present,
  type DocumentRow,
  type EntityRow,
  type FactRow,
  type RawEntity,
} from './rows.js';
import { entitiesById } from './translate/entities.js';
import { coOwnersOf, type PairQuery } from './translate/agencies.js';
import { dependencyLinks } from './translate/projects.js';
import { projectsOfPlaces } from './translate/places.js';
import {
  documentCounts,
  documentsById,
  documentTextRanges,
  factsOfDocuments,
} from './translate/documents.js';
import {
  factsOfEntities,
  mentioningDocuments,
  neighbourNodes,
  neighbours,
  type HopName,
} from './translate/relations.js';
import type { TextChunkRow } from '../store/document-text.js';
import { dependencyKey, type Prefetch } from './translate/prefetch.js';
import type { Statement } from './translate/statement.js';

export interface Neighbour {
  node: EntityRow;
  fact: FactRow;
}

/** A neighbour and the type of the relationship to it, without the evidence. */
export interface NeighbourNode {
  node: EntityRow;
  type: string;
}

export interface PairRow {
  a: EntityRow;
  b: EntityRow;
  sharedCount: number;
  projects: EntityRow[];
}

export interface DependencyRow extends FactRow {
  depth: number;
  fromNode: EntityRow;
  toNode: EntityRow;
}

export interface DocumentCounts {
  entityCount: number;
  factCounts: { type: string; count: number }[];
}

/** A FactRow, possibly with its end entities already loaded. */
export interface LoadedFact extends FactRow {
  fromNode?: EntityRow;
  toNode?: EntityRow;
}

interface RawFact extends FactRow {
  fromNode?: RawEntity;
  toNode?: RawEntity;
}

/** null when the fact, or an end it was read with, vanished under a concurrent delete (rows.ts). */
export function loadedFact(raw: RawFact): LoadedFact | null {
  const fact = factRow(raw);
  if (!fact) return null;
  const { fromNode, toNode, ...rest } = fact;
  const from = fromNode ? entityRow(fromNode) : undefined;
  const to = toNode ? entityRow(toNode) : undefined;
  if (from === null || to === null) return null;
  return { ...rest, ...(from ? { fromNode: from } : {}), ...(to ? { toNode: to } : {}) };
}

function dependencyRow(raw: RawFact): DependencyRow | null {
  const link = loadedFact(raw);
  return link?.fromNode && link.toNode ? (link as DependencyRow) : null;
}

/** What a prefetch map (translate/prefetch.ts) holds for one parent. */
export interface RawPrefetch {
  hops: Partial<Record<HopName, Row[]>>;
  nodeHops: Partial<Record<HopName, Row[]>>;
  dependencies: Record<string, RawFact[]>;
  documents: DocumentRow[];
}

function neighbourRow(row: Row): Neighbour | null {
  const node = entityRow(row.node as RawEntity);
  const fact = factRow(row.fact as FactRow);
  return node && fact ? { node, fact } : null;
}

function neighbourNodeRow(row: Row): NeighbourNode | null {
  const node = entityRow(row.node as RawEntity);
  return node && typeof row.type === 'string' ? { node, type: row.type } : null;
}

/** Rows grouped by their `id` column; rows that map to null (vanished, rows.ts) are dropped. */
function groupById<T>(ids: readonly string[], rows: Row[], map: (row: Row) => T | null): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const value = map(row);
    if (value !== null) byId.get(row.id as string)?.push(value);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

function oneById<T>(ids: readonly string[], rows: Row[], map: (row: Row) => T, empty: T): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) byId.set(row.id as string, map(row));
  return ids.map((id) => byId.get(id) ?? empty);
}

function pageFromRow<T>(row: Row, window: PageWindow, map: (raw: never) => T | null): Page<T> {
  return {
    items: present(((row.items as never[]) ?? []).map(map)),
    total: (row.total as number) ?? 0,
    skip: window.skip,
  };
}

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly reader: GraphReader) {}

  private loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private rows(s: Statement): Promise<Row[]> {
    return this.reader.read(s);
  }

  /** Entities of any label by id; null for an unknown id. */
  entity(id: string): Promise<EntityRow | null> {
    return this.loader<EntityRow | null>('entity', async (ids) => {
      const byLabel: Partial<Record<NodeLabel, string[]>> = {};
      for (const id of ids) {
        const label = labelOfId(id);
        if (label) (byLabel[label] ??= []).push(id);
      }
      if (!Object.keys(byLabel).length) return ids.map(() => null);
      const rows = await this.rows(entitiesById(byLabel));
      const found = new Map(entityRows(rows.map((row) => row.node as RawEntity)).map((e) => [e.id, e]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(id);
  }

  private documentLoader(): DataLoader<string, DocumentRow | null> {
    return this.loader<DocumentRow | null>('document', async (ids) =>
      oneById(ids, await this.rows(documentsById(ids)), (row) => documentRow(row.document), null),
    );
  }

  document(id: string): Promise<DocumentRow | null> {
    return this.documentLoader().load(id);
  }

  private neighbourLoader(hop: HopName): DataLoader<string, Neighbour[]> {
    return this.loader<Neighbour[]>(`hop:${hop}`, async (ids) =>
      groupById(ids, await this.rows(neighbours(hop, ids)), neighbourRow),
    );
  }

  neighbours(hop: HopName, id: string): Promise<Neighbour[]> {
    return this.neighbourLoader(hop).load(id);
  }

  private neighbourNodeLoader(hop: HopName): DataLoader<string, NeighbourNode[]> {
    return this.loader<NeighbourNode[]>(`nodes:${hop}`, async (ids) =>
      groupById(ids, await this.rows(neighbourNodes(hop, ids)), neighbourNodeRow),
    );
  }

  /** The neighbours without evidence: a lighter statement for fields that list only the entities. */
  neighbourNodes(hop: HopName, id: string): Promise<NeighbourNode[]> {
    return this.neighbourNodeLoader(hop).load(id);
  }

  /**
   * Fills the loaders with relations a parent's statement already fetched (translate/prefetch.ts),
   * so that the nested resolvers find them without a round trip.
   */
  primePrefetched(id: string, plan: Prefetch, raw: RawPrefetch): void {
    for (const hop of plan.hops) {
      const rows = raw.hops[hop];
      if (rows) this.neighbourLoader(hop).prime(id, present(rows.map(neighbourRow)));
    }
    for (const hop of plan.nodeHops) {
      const rows = raw.nodeHops[hop];
      if (rows) this.neighbourNodeLoader(hop).prime(id, present(rows.map(neighbourNodeRow)));
    }
    for (const want of plan.dependencies) {
      const links = raw.dependencies[dependencyKey(want)];
      if (links) {
        this.dependencyLoader(want.direction, want.depth).prime(id, present(links.map(dependencyRow)));
      }
    }
    for (const document of documentRows(raw.documents)) this.documentLoader().prime(document.id, document);
  }

  documentsMentioning(label: NodeLabel, id: string): Promise<DocumentRow[]> {
    return this.loader<DocumentRow[]>(`mentions:${label}`, async (ids) =>
      groupById(ids, await this.rows(mentioningDocuments(label, ids)), (row) => documentRow(row.document)),
    ).load(id);
  }

  coOwners(agencyId: string, query: PairQuery, window: PageWindow): Promise<Page<PairRow>> {
    const key = `coOwners:${JSON.stringify([query, window])}`;
    return this.loader<Page<PairRow>>(key, async (ids) =>
      oneById(
        ids,
        await this.rows(coOwnersOf(ids, query, window)),
        (row) => pageFromRow(row, window, pairRow),
        { items: [], total: 0, skip: window.skip },
      ),
    ).load(agencyId);
  }

  private dependencyLoader(direction: 'out' | 'in', depth: number): DataLoader<string, DependencyRow[]> {
    return this.loader<DependencyRow[]>(`deps:${direction}:${depth}`, async (ids) =>
      oneById(
        ids,
        await this.rows(dependencyLinks(ids, direction, depth)),
        (row) => present((row.links as RawFact[]).map(dependencyRow)),
        [],
      ),
    );
  }

  dependencies(projectId: string, direction: 'out' | 'in', depth: number): Promise<DependencyRow[]> {
    return this.dependencyLoader(direction, depth).load(projectId);
  }

  projectsOfPlace(placeId: string, includeSubPlaces: boolean, window: PageWindow): Promise<Page<EntityRow>> {
    const key = `placeProjects:${JSON.stringify([includeSubPlaces, window])}`;
    return this.loader<Page<EntityRow>>(key, async (ids) =>
      oneById(
        ids,
        await this.rows(projectsOfPlaces(ids, includeSubPlaces, window)),
        (row) => pageFromRow(row, window, entityRow),
        { items: [], total: 0, skip: window.skip },
      ),
    ).load(placeId);
  }

  factsOfDocument(documentId: string, types: string[] | null, window: PageWindow): Promise<Page<LoadedFact>> {
    const key = `docFacts:${JSON.stringify([types, window])}`;
    return this.loader<Page<LoadedFact>>(key, async (ids) =>
      oneById(
        ids,
        await this.rows(factsOfDocuments(ids, types, window)),
        (row) => pageFromRow(row, window, loadedFact),
        { items: [], total: 0, skip: window.skip },
      ),
    ).load(documentId);
  }

  /** The facts an entity takes part in, one page, optionally only of some types. */
  factsOfEntity(
    label: NodeLabel,
    id: string,
    types: string[] | null,
    window: PageWindow,
  ): Promise<Page<LoadedFact>> {
    const key = `entityFacts:${label}:${JSON.stringify([types, window])}`;
    return this.loader<Page<LoadedFact>>(key, async (ids) =>
      oneById(
        ids,
        await this.rows(factsOfEntities(label, ids, types, window)),
        (row) => pageFromRow(row, window, loadedFact),
        { items: [], total: 0, skip: window.skip },
      ),
    ).load(id);
  }

  /** The stored text chunks of a document overlapping [start, end); null when its text is not stored. */
  documentText(documentId: string, start: number, end: number): Promise<TextChunkRow[] | null> {
    return this.loader<TextChunkRow[] | null>(`text:${start}:${end}`, async (ids) =>
      oneById(
        ids,
        await this.rows(documentTextRanges(ids, start, end)),
        (row) => (row.stored ? (row.chunks as TextChunkRow[]) : null),
        null,
      ),
    ).load(documentId);
  }

  /** After a delete in the same request, a cached document must not be served again. */
  forgetDocument(id: string): void {
    (this.loaders.get('document') as DataLoader<string, unknown> | undefined)?.clear(id);
  }

  documentCounts(documentId: string): Promise<DocumentCounts> {
    return this.loader<DocumentCounts>('docCounts', async (ids) =>
      oneById(
        ids,
        await this.rows(documentCounts(ids)),
        (row) => {
          const counts = new Map<string, number>();
          for (const type of row.factTypes as string[]) counts.set(type, (counts.get(type) ?? 0) + 1);
          return {
            entityCount: row.entityCount as number,
            factCounts: [...counts]
              .map(([type, count]) => ({ type, count }))
              .sort((x, y) => y.count - x.count),
          };
        },
        { entityCount: 0, factCounts: [] },
      ),
    ).load(documentId);
  }
}

interface RawPair {
  a: RawEntity;
  b: RawEntity;
  sharedCount: number;
  projects: RawEntity[];
}

/** null when either agency vanished under a concurrent delete (rows.ts). */
export function pairRow(raw: RawPair): PairRow | null {
  const a = entityRow(raw.a);
  const b = entityRow(raw.b);
  if (!a || !b) return null;
  return { a, b, sharedCount: raw.sharedCount, projects: entityRows(raw.projects) };
}
