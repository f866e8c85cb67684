/** Writes: both need the API key (auth.ts). */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireApiKey } from '../auth.js';
import type { ApiContext } from '../context.js';
import { IngestDocumentInput } from '../schema/inputs.js';
import { Document } from '../schema/types.js';

@Resolver()
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
