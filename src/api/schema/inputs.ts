/**
 * Filter and mutation inputs. Agencies and places in filters may be given by id or by any name or
 * alias; a name that matches several entities is refused with the candidates listed.
 */
import { Field, Float, ID, InputType } from 'type-graphql';
import { AgencyKind, FundingKind, Genre, PlaceLevel, ProjectKind, Role } from './enums.js';

@InputType()
export class AgencyFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or an alias' })
  nameContains?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 珠海市' })
  jurisdiction?: string | null;
  @Field(() => AgencyKind, { nullable: true })
  kind?: string | null;
}

@InputType()
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or an alias' })
  nameContains?: string | null;
  @Field(() => String, { nullable: true, description: 'Agency id, name or alias that owns the project' })
  agency?: string | null;
  @Field(() => Role, {
    nullable: true,
    description: 'With agency: only this role; alone: projects with such an agency',
  })
  role?: string | null;
  @Field(() => String, { nullable: true, description: 'Place id, name or alias; includes its sub-places' })
  place?: string | null;
  @Field(() => ProjectKind, { nullable: true })
  kind?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Only projects with an amount of at least this many yuan',
  })
  minYuan?: number | null;
  @Field(() => ID, { nullable: true, description: 'Only projects mentioned by this document' })
  document?: string | null;
}

@InputType()
export class PlaceFilter {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;
  @Field(() => PlaceLevel, { nullable: true })
  level?: string | null;
  @Field(() => String, { nullable: true, description: 'Place id, name or alias: only its direct children' })
  parent?: string | null;
}

@InputType()
export class DocumentFilter {
  @Field(() => String, { nullable: true })
  titleContains?: string | null;
  @Field(() => String, { nullable: true })
  jurisdiction?: string | null;
  @Field(() => Genre, { nullable: true })
  genre?: string | null;
}

@InputType()
export class FundingFilter {
  @Field(() => FundingKind, { nullable: true })
  kind?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Place id, name or alias (with sub-places) of the funded project',
  })
  place?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Agency id, name or alias: funds it provides, receives or leads',
  })
  agency?: string | null;
  @Field(() => ID, { nullable: true })
  document?: string | null;
  @Field(() => ID, { nullable: true })
  project?: string | null;
}

@InputType()
export class IngestDocumentInput {
  @Field(() => String, { description: 'The document text (UTF-8)' })
  text!: string;
  @Field(() => String, { description: 'File name; a later ingest with the same name replaces this document' })
  file!: string;
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field(() => String, { nullable: true })
  jurisdiction?: string | null;
  @Field(() => Genre, { nullable: true })
  genre?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  date?: string | null;
}
