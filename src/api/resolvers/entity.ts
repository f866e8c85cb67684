/** What every entity answers: its IRI (docs/linked-data.md), and the lookup of any entity by id. */
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { iriOf } from '../../linked-data/iri.js';
import type { ApiContext } from '../context.js';
import type { EntityRow } from '../rows.js';
import { Entity } from '../schema/entity.js';

export const IRI_DESCRIPTION = 'Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { description: 'Any entity (agency, project, place, funding, person) by id' })
  entity(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.entities.anyById(id);
  }

  // Declared on the interface: every entity type inherits it.
  @FieldResolver(() => String, { description: IRI_DESCRIPTION })
  iri(@Root() entity: EntityRow, @Ctx() ctx: ApiContext): string {
    return iriOf(ctx.baseUri, entity.id);
  }
}
