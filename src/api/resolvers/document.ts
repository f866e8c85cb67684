/** Documents, the facts they support, and the evidence spans pointing into them. */
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { LoadedFact } from '../loaders.js';
import type { DocumentRow, EvidenceRow } from '../rows.js';
import { DocumentConnection, FactConnection } from '../schema/connections.js';
import { PageArgsType } from '../schema/connection.js';
import { Entity, Evidence } from '../schema/entity.js';
import { RelationType } from '../schema/enums.js';
import { DocumentFilter } from '../schema/inputs.js';
import { DependencyLink, Document, Fact, FactCount, Project, TextRange } from '../schema/types.js';
import { iriOf } from '../../linked-data/iri.js';
import { MAX_TEXT_RANGE } from '../services/documents.js';
import { IRI_DESCRIPTION } from './entity.js';
import type { DependencyRow } from '../loaders.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'Loaded documents, newest first' })
  documents(
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.documents.list(filter ?? {}, page);
  }

  @Query(() => Document)
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.documents.get(id);
  }

  @FieldResolver(() => FactConnection, { description: 'The facts this document is evidence for' })
  facts(
    @Root() document: DocumentRow,
    @Arg('types', () => [RelationType], { nullable: true }) types: string[] | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.documents.facts(document.id, types, page);
  }

  @FieldResolver(() => String, { description: IRI_DESCRIPTION })
  iri(@Root() document: DocumentRow, @Ctx() ctx: ApiContext): string {
    return iriOf(ctx.baseUri, document.id);
  }

  @FieldResolver(() => TextRange, {
    nullable: true,
    description: `The decoded original text from start to end (default and at most ${MAX_TEXT_RANGE.toLocaleString('en')} characters; end is cut to the length); null when the text is not stored`,
  })
  text(
    @Root() document: DocumentRow,
    @Arg('start', () => Int, { defaultValue: 0 }) start: number,
    @Arg('end', () => Int, { nullable: true }) end: number | null,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.documents.text(document, start, end);
  }

  @FieldResolver(() => Int, { description: 'Entities the document mentions' })
  async entityCount(@Root() document: DocumentRow, @Ctx() ctx: ApiContext) {
    return (await ctx.documents.counts(document.id)).entityCount;
  }

  @FieldResolver(() => Int, { description: 'Facts the document supports' })
  async factCount(@Root() document: DocumentRow, @Ctx() ctx: ApiContext) {
    return (await ctx.documents.counts(document.id)).factCounts.reduce((sum, c) => sum + c.count, 0);
  }

  @FieldResolver(() => [FactCount], { description: 'Facts the document supports, per type' })
  async factCounts(@Root() document: DocumentRow, @Ctx() ctx: ApiContext) {
    return (await ctx.documents.counts(document.id)).factCounts;
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document the quote is from' })
  document(@Root() evidence: EvidenceRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.document(evidence.doc);
  }
}

/** Ends of a fact: already loaded by the statement that found it, else batched by id. */
async function end(fact: LoadedFact, which: 'from' | 'to', ctx: ApiContext) {
  const loaded = which === 'from' ? fact.fromNode : fact.toNode;
  return loaded ?? (await ctx.loaders.entity(fact[which]));
}

@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => Entity, { nullable: true })
  from(@Root() fact: LoadedFact, @Ctx() ctx: ApiContext) {
    return end(fact, 'from', ctx);
  }

  @FieldResolver(() => Entity, { nullable: true })
  to(@Root() fact: LoadedFact, @Ctx() ctx: ApiContext) {
    return end(fact, 'to', ctx);
  }
}

@Resolver(() => DependencyLink)
export class DependencyLinkResolver {
  @FieldResolver(() => Project, { description: 'The depending project' })
  from(@Root() link: DependencyRow) {
    return link.fromNode;
  }

  @FieldResolver(() => Project, { description: 'The project depended on' })
  to(@Root() link: DependencyRow) {
    return link.toNode;
  }
}
