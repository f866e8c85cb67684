/** Writes: both need the API key (auth.ts). */
import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { isUnavailable, unavailableError } from '../../store/connection.js';
import { requireApiKey } from '../auth.js';
import type { ApiContext } from '../context.js';
import { IngestDocumentInput } from '../schema/inputs.js';
import { Document } from '../schema/types.js';

/** Writes go to the store directly (not through the graph reader): an outage is mapped here. */
const outageAsUnavailable: MiddlewareFn = async (_action, next) => {
  try {
    return (await next()) as unknown;
  } catch (error) {
    if (isUnavailable(error)) throw unavailableError(error);
    throw error;
  }
};

@Resolver()
@UseMiddleware(outageAsUnavailable)
export class MutationResolver {
  @Mutation(() => Document, {
    description:
      'Extract a document and write it (replacing an earlier version with the same file); all or nothing',
  })
  ingestDocument(
    @Arg('input', () => IngestDocumentInput) input: IngestDocumentInput,
    @Ctx() ctx: ApiContext,
  ) {
    requireApiKey(ctx.auth);
    return ctx.ingest.ingest(input);
  }

  @Mutation(() => Boolean, { description: 'Remove a document and whatever only it supported' })
  deleteDocument(
    @Arg('id', () => ID, { description: 'Document id or file name' }) id: string,
    @Ctx() ctx: ApiContext,
  ) {
    requireApiKey(ctx.auth);
    return ctx.ingest.delete(id);
  }
}
