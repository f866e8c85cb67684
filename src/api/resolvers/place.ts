/** Place queries and the administrative hierarchy; the logic is in services/places.ts. */
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { countsTotal } from '../selection.js';
import type { EntityRow } from '../rows.js';
import { FactConnection, PlaceConnection, ProjectConnection } from '../schema/connections.js';
import { FACTS_DESCRIPTION, FactPageArgs } from './facts-field.js';
import { PageArgsType } from '../schema/connection.js';
import { PlaceFilter } from '../schema/inputs.js';
import { Agency, Place } from '../schema/types.js';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection)
  places(
    @Arg('filter', () => PlaceFilter, { nullable: true }) filter: PlaceFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.places.list(filter ?? {}, { ...page, counted: countsTotal(info) });
  }

  @Query(() => Place, { description: 'One place by id, or by a name or alias that names only it' })
  place(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.places.get({ id, name });
  }

  @FieldResolver(() => FactConnection, { description: FACTS_DESCRIPTION })
  facts(@Root() place: EntityRow, @Args(() => FactPageArgs) args: FactPageArgs, @Ctx() ctx: ApiContext) {
    return ctx.entities.facts('Place', place.id, args.types, args);
  }

  @FieldResolver(() => Place, { nullable: true })
  parent(@Root() place: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.places.parent(place.id);
  }

  @FieldResolver(() => [Place])
  children(@Root() place: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.places.children(place.id);
  }

  @FieldResolver(() => [Agency], { description: 'Agencies based here' })
  agencies(@Root() place: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.places.agencies(place.id);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects located here' })
  projects(
    @Root() place: EntityRow,
    @Arg('includeSubPlaces', () => Boolean, {
      defaultValue: false,
      description: 'Also projects in every sub-place',
    })
    includeSubPlaces: boolean,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.places.projects(place.id, includeSubPlaces, page);
  }
}
