/** Funding amounts, people and where the money goes; the logic is in services/funding.ts. */
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { FACTS_DESCRIPTION, FactPageArgs } from './facts-field.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { countsTotal } from '../selection.js';
import type { EntityRow } from '../rows.js';
import { FactConnection, FundingGroupConnection } from '../schema/connections.js';
import { PageArgsType } from '../schema/connection.js';
import { Entity, Evidence } from '../schema/entity.js';
import { FundingGroupBy } from '../schema/enums.js';
import { FundingFilter } from '../schema/inputs.js';
import { Agency, Document, Funding, Person, Project } from '../schema/types.js';

@Resolver(() => Funding)
export class FundingResolver {
  @Query(() => FundingGroupConnection, { description: 'Sums in yuan, grouped, largest first' })
  fundingSummary(
    @Arg('groupBy', () => FundingGroupBy) groupBy: FundingGroupBy,
    @Arg('filter', () => FundingFilter, { nullable: true }) filter: FundingFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.funding.summary(groupBy, filter ?? {}, { ...page, counted: countsTotal(info) });
  }

  @FieldResolver(() => [Entity], { description: 'The projects or agencies the amount is for' })
  recipients(@Root() funding: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.funding.recipients(funding.id);
  }

  @FieldResolver(() => [Agency], { description: 'Who provides the money, where stated' })
  providers(@Root() funding: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.funding.providers(funding.id);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() funding: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.funding.evidence(funding.id);
  }

  @FieldResolver(() => FactConnection, { description: FACTS_DESCRIPTION })
  facts(@Root() funding: EntityRow, @Args(() => FactPageArgs) args: FactPageArgs, @Ctx() ctx: ApiContext) {
    return ctx.entities.facts('Funding', funding.id, args.types, args);
  }

  @FieldResolver(() => [Document])
  documents(@Root() funding: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.documentsMentioning('Funding', funding.id);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Project], { description: 'Projects the person is responsible for' })
  async oversees(@Root() person: EntityRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.neighbours('personProjects', person.id)).map((n) => n.node);
  }

  @FieldResolver(() => FactConnection, { description: FACTS_DESCRIPTION })
  facts(@Root() person: EntityRow, @Args(() => FactPageArgs) args: FactPageArgs, @Ctx() ctx: ApiContext) {
    return ctx.entities.facts('Person', person.id, args.types, args);
  }
}
