/** Projects: filtered lists, who owns them, where, with what money, and what they depend on. */
import type { GraphReader } from '../graph-reader.js';
import type { DependencyRow, Loaders, LoadedFact, RawPrefetch } from '../loaders.js';
import { InputError, NotFoundError } from '../../errors.js';
import { pageWindow, readPage, toConnection, type Connection, type PageArgs } from '../pagination.js';
import { entityRow, type DocumentRow, type EntityRow, type EvidenceRow, type RawEntity } from '../rows.js';
import { selectionAt, type Selection } from '../selection.js';
import { isEmpty, type Prefetch } from '../translate/prefetch.js';
import { listProjects, projectWithRelations } from '../translate/projects.js';
import type { ProjectOrder, Role } from '../schema/enums.js';
import { roleTypes } from './agencies.js';
import type { EntityRef, EntityService } from './entities.js';
import { MAX_DEPENDENCY_DEPTH, projectPrefetch } from './project-prefetch.js';

export { MAX_DEPENDENCY_DEPTH };

export interface ProjectFilterArgs {
  nameContains?: string | null;
  agency?: string | null;
  role?: string | null;
  place?: string | null;
  kind?: string | null;
  minYuan?: number | null;
  document?: string | null;
}

export interface RoleRow {
  role: Role;
  agency: EntityRow;
  evidence: EvidenceRow[];
}

export interface FundingTotalRow {
  kind: string | null;
  yuan: number;
  count: number;
}

interface PrefetchedItem {
  node: RawEntity;
  prefetch: RawPrefetch;
}

export class ProjectService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
    private readonly entities: EntityService,
  ) {}

  /** `selection` = what the request selects on the connection: nested relations come in the same statement. */
  async list(
    filter: ProjectFilterArgs,
    order: ProjectOrder,
    page: PageArgs,
    selection?: Selection,
  ): Promise<Connection<EntityRow>> {
    const window = pageWindow({ ...page, counted: selection ? selection.has('totalCount') : true });
    const plan = projectPrefetch(selection ? selectionAt(selection, ['edges', 'node']) : new Map());
    // A place given by id is checked by the list statement itself (placeFound): one round trip less.
    const [agencyId, place] = await Promise.all([
      this.entities.resolveFilterRef('Agency', filter.agency),
      this.entities.filterRefInStatement('Place', filter.place),
    ]);
    const [row] = await this.reader.read(
      listProjects(
        {
          nameContains: filter.nameContains,
          agencyId,
          roleTypes: filter.role ? roleTypes(filter.role) : null,
          placeId: place,
          kind: filter.kind,
          minYuan: filter.minYuan,
          documentId: filter.document,
          order,
        },
        window,
        plan,
      ),
    );
    if (place && row?.placeFound === false) throw new NotFoundError('place', place);
    return toConnection(readPage(row, window, (item: PrefetchedItem) => this.primed(item, plan)));
  }

  /** `selection` = what the request selects on the project: nested relations come in the same statement. */
  async get(ref: EntityRef, selection?: Selection): Promise<EntityRow> {
    const plan = projectPrefetch(selection ?? new Map());
    if (isEmpty(plan)) return this.entities.resolve('Project', ref);
    const id = ref.id && !ref.name ? ref.id : (await this.entities.resolve('Project', ref)).id;
    const [row] = id.startsWith('project:') ? await this.reader.read(projectWithRelations(id, plan)) : [];
    const project = row && this.primed(row as unknown as PrefetchedItem, plan);
    if (!project) throw new NotFoundError('project', id);
    return project;
  }

  /** null for a project deleted while it was read (rows.ts). */
  private primed(item: PrefetchedItem, plan: Prefetch): EntityRow | null {
    const entity = entityRow(item.node);
    if (entity) this.loaders.primePrefetched(entity.id, plan, item.prefetch);
    return entity;
  }

  async roles(projectId: string): Promise<RoleRow[]> {
    const rows = await this.loaders.neighbours('projectRoles', projectId);
    return rows.map(({ node, fact }) => ({
      role: fact.type === 'LEADS' ? 'LEAD' : 'ASSIST',
      agency: node,
      evidence: fact.evidence,
    }));
  }

  async agencies(projectId: string, role: Role): Promise<EntityRow[]> {
    const type = role === 'LEAD' ? 'LEADS' : 'ASSISTS';
    return (await this.loaders.neighbourNodes('projectRoles', projectId))
      .filter((n) => n.type === type)
      .map((n) => n.node);
  }

  async places(projectId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbourNodes('projectPlaces', projectId)).map((n) => n.node);
  }

  async overseers(projectId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbourNodes('projectOverseers', projectId)).map((n) => n.node);
  }

  /** The project's amounts and one total per kind (kinds are different questions, never summed together). */
  async funding(projectId: string): Promise<{ items: EntityRow[]; totals: FundingTotalRow[] }> {
    const items = (await this.loaders.neighbourNodes('projectFunding', projectId)).map((n) => n.node);
    const totals = new Map<string | null, FundingTotalRow>();
    for (const item of items) {
      const kind = (item.kind as string | undefined) ?? null;
      const total = totals.get(kind) ?? { kind, yuan: 0, count: 0 };
      total.yuan += typeof item.yuan === 'number' ? item.yuan : 0;
      total.count += 1;
      totals.set(kind, total);
    }
    return { items, totals: [...totals.values()].sort((a, b) => b.yuan - a.yuan) };
  }

  dependencies(
    projectId: string,
    direction: 'out' | 'in',
    depth: number | null | undefined,
  ): Promise<DependencyRow[]> {
    const hops = depth ?? 1;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_DEPENDENCY_DEPTH) {
      throw new InputError(`depth must be between 1 and ${MAX_DEPENDENCY_DEPTH}`, { argument: 'depth' });
    }
    return this.loaders.dependencies(projectId, direction, hops);
  }

  documents(projectId: string): Promise<DocumentRow[]> {
    return this.loaders.documentsMentioning('Project', projectId);
  }

  async facts(projectId: string): Promise<LoadedFact[]> {
    const rows = await this.loaders.neighbours('projectFacts', projectId);
    return rows.map(({ node, fact }) => ({
      ...fact,
      ...(fact.from === projectId ? { toNode: node } : { fromNode: node }),
    }));
  }

  async evidence(projectId: string): Promise<EvidenceRow[]> {
    return (await this.facts(projectId)).flatMap((f) => f.evidence);
  }
}
