/** Projects: filtered lists, who owns them, where, with what money, and what they depend on. */
import type { GraphReader } from '../graph-reader.js';
import type { DependencyRow, Loaders, LoadedFact } from '../loaders.js';
import { badInput } from '../errors.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../pagination.js';
import { entityRow, type DocumentRow, type EntityRow, type EvidenceRow, type RawEntity } from '../rows.js';
import { listProjects } from '../translate/projects.js';
import type { ProjectOrder, Role } from '../schema/enums.js';
import { roleTypes } from './agencies.js';
import type { EntityRef, EntityService } from './entities.js';

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

export const MAX_DEPENDENCY_DEPTH = 10;

export class ProjectService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
    private readonly entities: EntityService,
  ) {}

  async list(filter: ProjectFilterArgs, order: ProjectOrder, page: PageArgs): Promise<Connection<EntityRow>> {
    const window = pageWindow(page);
    const [agencyId, placeId] = await Promise.all([
      this.entities.resolveFilterRef('Agency', filter.agency),
      this.entities.resolveFilterRef('Place', filter.place),
    ]);
    const [row] = await this.reader.read(
      listProjects(
        {
          nameContains: filter.nameContains,
          agencyId,
          roleTypes: filter.role ? roleTypes(filter.role) : null,
          placeId,
          kind: filter.kind,
          minYuan: filter.minYuan,
          documentId: filter.document,
          order,
        },
        window,
      ),
    );
    return toConnection({
      items: ((row?.items as RawEntity[]) ?? []).map(entityRow),
      total: (row?.total as number) ?? 0,
      skip: window.skip,
    });
  }

  get(ref: EntityRef): Promise<EntityRow> {
    return this.entities.resolve('Project', ref);
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
    return (await this.roles(projectId)).filter((r) => r.role === role).map((r) => r.agency);
  }

  async places(projectId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbours('projectPlaces', projectId)).map((n) => n.node);
  }

  async overseers(projectId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbours('projectOverseers', projectId)).map((n) => n.node);
  }

  /** The project's amounts and one total per kind (kinds are different questions, never summed together). */
  async funding(projectId: string): Promise<{ items: EntityRow[]; totals: FundingTotalRow[] }> {
    const items = (await this.loaders.neighbours('projectFunding', projectId)).map((n) => n.node);
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
      throw badInput(`depth must be between 1 and ${MAX_DEPENDENCY_DEPTH}`, { argument: 'depth' });
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
