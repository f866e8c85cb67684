/** Agencies: lists, lookup by name, co-ownership of projects. */
import type { Loaders, PairRow } from '../loaders.js';
import { pairRow } from '../loaders.js';
import type { GraphReader } from '../graph-reader.js';
import { InputError, quoteInput } from '../../errors.js';
import { pageWindow, readPage, toConnection, type Connection, type PageArgs, pageOf } from '../pagination.js';
import { entityRow, present, type EntityRow, type RawEntity } from '../rows.js';
import { selectionAt, type Selection } from '../selection.js';
import {
  agencyNetwork,
  listAgencies,
  listAgencyPairs,
  type AgencyQuery,
  type PairQuery,
} from '../translate/agencies.js';
import type { Role } from '../schema/enums.js';
import type { EntityRef, EntityService } from './entities.js';

export const ROLE_TYPES: Record<Role, string> = { LEAD: 'LEADS', ASSIST: 'ASSISTS' };

export function roleTypes(role: string | null | undefined): string[] {
  return role ? [ROLE_TYPES[role as Role]] : ['LEADS', 'ASSISTS'];
}

export interface PairArgs extends PageArgs {
  minShared?: number | null;
  role?: string | null;
  jurisdiction?: string | null;
}

function pairQuery(args: PairArgs): PairQuery {
  const minShared = args.minShared ?? 1;
  if (!Number.isInteger(minShared) || minShared < 1) throw new InputError('minShared must be at least 1');
  return { minShared, roleTypes: roleTypes(args.role), jurisdiction: args.jurisdiction ?? null };
}

/** Edges one agencyNetwork request may return (default DEFAULT_NETWORK_EDGES). */
export const MAX_NETWORK_EDGES = 5000;
export const DEFAULT_NETWORK_EDGES = 2000;

export interface NetworkArgs {
  minShared?: number | null;
  role?: string | null;
  jurisdiction?: string | null;
  maxEdges?: number | null;
  around?: string | null;
}

export interface NetworkRow {
  nodes: { agency: EntityRow; projectCount: number }[];
  edges: { source: string; target: string; sharedCount: number }[];
  totalEdges: number;
  truncated: boolean;
}

export class AgencyService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
    private readonly entities: EntityService,
  ) {}

  async list(filter: AgencyQuery, page: PageArgs): Promise<Connection<EntityRow>> {
    const window = pageWindow(page);
    const [row] = await this.reader.read(listAgencies(filter, window));
    return toConnection(readPage(row, window, entityRow));
  }

  get(ref: EntityRef): Promise<EntityRow> {
    return this.entities.resolve('Agency', ref);
  }

  /** `selection` = what the request selects on the connection: only those properties are read. */
  async pairs(args: PairArgs, selection?: Selection): Promise<Connection<PairRow>> {
    const query = pairQuery(args);
    const window = pageWindow(args);
    const node = selection && selectionAt(selection, ['edges', 'node']);
    const fields = (name: string) => (node ? [...selectionAt(node, [name]).keys()] : undefined);
    const [row] = await this.reader.read(
      listAgencyPairs(query, window, { a: fields('a'), b: fields('b'), projects: fields('projects') }),
    );
    return toConnection(readPage(row, window, pairRow));
  }

  /** The co-ownership network (of every agency, or around one), heaviest edges first. */
  async network(args: NetworkArgs): Promise<NetworkRow> {
    const maxEdges = args.maxEdges ?? DEFAULT_NETWORK_EDGES;
    if (!Number.isInteger(maxEdges) || maxEdges < 0 || maxEdges > MAX_NETWORK_EDGES) {
      throw new InputError(`maxEdges must be between 0 and ${MAX_NETWORK_EDGES}`, { argument: 'maxEdges' });
    }
    const around = args.around ? (await this.entities.resolve('Agency', { id: args.around })).id : null;
    const [row] = await this.reader.read(agencyNetwork({ ...pairQuery(args), maxEdges, around }));
    if (!row) throw new InputError(`no agency ${quoteInput(args.around ?? '')}`);
    const raw = row.nodes as { agency: RawEntity; projectCount: number }[];
    // An agency deleted while the network was read has no id: its edges go with it (rows.ts).
    const edges = (row.edges as NetworkRow['edges']).filter(
      (e) => typeof e.source === 'string' && typeof e.target === 'string',
    );
    const totalEdges = row.total as number;
    return {
      nodes: present(
        raw.map((n) => {
          const agency = entityRow(n.agency);
          return agency && { agency, projectCount: n.projectCount };
        }),
      ),
      edges,
      totalEdges,
      truncated: edges.length < totalEdges,
    };
  }

  async coOwners(agencyId: string, args: PairArgs): Promise<Connection<PairRow>> {
    return toConnection(await this.loaders.coOwners(agencyId, pairQuery(args), pageWindow(args)));
  }

  /** Projects the agency leads and/or assists, each once. */
  async projects(
    agencyId: string,
    role: string | null | undefined,
    page: PageArgs,
  ): Promise<Connection<EntityRow>> {
    const window = pageWindow(page);
    const types = roleTypes(role);
    const seen = new Set<string>();
    const projects = (await this.loaders.neighbours('agencyProjects', agencyId))
      .filter(({ node, fact }) => types.includes(fact.type) && !seen.has(node.id) && seen.add(node.id))
      .map(({ node }) => node);
    return toConnection(pageOf(projects, window));
  }
}
