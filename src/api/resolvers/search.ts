/** Search and paths between entities; the logic is in services/search.ts and services/paths.ts. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { NodeLabel } from '../../model/graph-json.js';
import type { ApiContext } from '../context.js';
import { countsTotal } from '../selection.js';
import { EntityConnection } from '../schema/connections.js';
import { PageArgsType } from '../schema/connection.js';
import { EntityLabel } from '../schema/enums.js';
import { Path } from '../schema/types.js';

@Resolver()
export class SearchResolver {
  @Query(() => EntityConnection, {
    description:
      'Entities whose name or an alias contains the text (Chinese substrings work), best matches first',
  })
  search(
    @Arg('text', () => String) text: string,
    @Arg('labels', () => [EntityLabel], { nullable: true }) labels: NodeLabel[] | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.search.search(text, labels, { ...page, counted: countsTotal(info) });
  }

  @Query(() => Path, {
    nullable: true,
    description: 'The shortest connection between two entities over facts; null when none within maxHops',
  })
  path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.paths.path(from, to, maxHops);
  }
}
