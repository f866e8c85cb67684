/** Agency queries and relation fields; the logic is in services/agencies.ts. */
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { selectionOf } from '../selection.js';
import type { EntityRow } from '../rows.js';
import {
  AgencyConnection,
  AgencyPairConnection,
  FactConnection,
  ProjectConnection,
} from '../schema/connections.js';
import { PageArgsType } from '../schema/connection.js';
import { Role } from '../schema/enums.js';
import { AgencyFilter } from '../schema/inputs.js';
import { Agency, AgencyNetwork, Document, Funding, Place } from '../schema/types.js';
import { FACTS_DESCRIPTION, FactPageArgs } from './facts-field.js';
import { MAX_NETWORK_EDGES, DEFAULT_NETWORK_EDGES } from '../services/agencies.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Agencies, by name' })
  agencies(
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.agencies.list(filter ?? {}, { ...page, counted: selectionOf(info).has('totalCount') });
  }

  @Query(() => Agency, {
    description:
      'One agency by id, or by any name or alias (市发改局) within an optional jurisdiction; an ambiguous name is an error listing the candidates',
  })
  agency(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('jurisdiction', () => String, { nullable: true }) jurisdiction: string | null,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.agencies.get({ id, name, jurisdiction });
  }

  @Query(() => AgencyPairConnection, {
    description: 'Pairs of agencies that own projects together, most shared first',
  })
  agencyPairs(
    @Arg('minShared', () => Int, { defaultValue: 1 }) minShared: number,
    @Arg('role', () => Role, { nullable: true, description: 'Both agencies hold this role' })
    role: string | null,
    @Arg('jurisdiction', () => String, { nullable: true, description: 'Both agencies are in it' })
    jurisdiction: string | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const selection = selectionOf(info);
    return ctx.agencies.pairs(
      { minShared, role, jurisdiction, ...page, counted: selection.has('totalCount') },
      selection,
    );
  }

  @Query(() => AgencyNetwork, {
    description:
      'The co-ownership network: agencies and, for each pair owning projects together, an edge weighted by how many',
  })
  agencyNetwork(
    @Arg('minShared', () => Int, { defaultValue: 1 }) minShared: number,
    @Arg('role', () => Role, { nullable: true, description: 'Both agencies hold this role' })
    role: string | null,
    @Arg('jurisdiction', () => String, {
      nullable: true,
      description: 'Both agencies are in it (the centre excepted)',
    })
    jurisdiction: string | null,
    @Arg('around', () => ID, {
      nullable: true,
      description: 'Only this agency, its co-owners and the edges among them',
    })
    around: string | null,
    @Arg('maxEdges', () => Int, {
      defaultValue: DEFAULT_NETWORK_EDGES,
      description: `Heaviest edges kept (at most ${MAX_NETWORK_EDGES})`,
    })
    maxEdges: number,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.agencies.network({ minShared, role, jurisdiction, around, maxEdges });
  }

  @FieldResolver(() => FactConnection, { description: FACTS_DESCRIPTION })
  facts(@Root() agency: EntityRow, @Args(() => FactPageArgs) args: FactPageArgs, @Ctx() ctx: ApiContext) {
    return ctx.entities.facts('Agency', agency.id, args.types, args);
  }

  @FieldResolver(() => AgencyPairConnection, { description: 'Agencies that own projects with this one' })
  coOwners(
    @Root() agency: EntityRow,
    @Arg('minShared', () => Int, { defaultValue: 1 }) minShared: number,
    @Arg('role', () => Role, { nullable: true }) role: string | null,
    @Arg('jurisdiction', () => String, { nullable: true }) jurisdiction: string | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.agencies.coOwners(agency.id, { minShared, role, jurisdiction, ...page });
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects the agency leads or assists' })
  projects(
    @Root() agency: EntityRow,
    @Arg('role', () => Role, { nullable: true }) role: string | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.agencies.projects(agency.id, role, page);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The body it belongs to (PART_OF)' })
  async parent(@Root() agency: EntityRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.neighbours('agencyParent', agency.id))[0]?.node ?? null;
  }

  @FieldResolver(() => [Agency], { description: 'Bodies that belong to it' })
  async children(@Root() agency: EntityRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.neighbours('agencyChildren', agency.id)).map((n) => n.node);
  }

  @FieldResolver(() => [Place], { description: 'Where it has authority (BASED_IN)' })
  async places(@Root() agency: EntityRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.neighbours('agencyPlaces', agency.id)).map((n) => n.node);
  }

  @FieldResolver(() => [Funding], { description: 'Amounts it holds, spends or provides' })
  async funding(@Root() agency: EntityRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.neighbours('agencyFunding', agency.id)).map((n) => n.node);
  }

  @FieldResolver(() => [Document], { description: 'Documents that mention it' })
  documents(@Root() agency: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.documentsMentioning('Agency', agency.id);
  }
}
