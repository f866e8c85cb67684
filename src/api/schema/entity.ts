/**
 * What every entity node shares (`Entity` interface) and the evidence behind a fact.
 */
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EntityLabel } from './enums.js';
import type { EntityRow } from '../rows.js';

@InterfaceType({
  description: 'An agency, project, place, funding amount or person',
  resolveType: (row: EntityRow) => row.label,
})
export abstract class Entity {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => [String], { description: 'Other names found in the documents (abbreviations, short forms)' })
  aliases!: string[];
  @Field(() => EntityLabel)
  label!: string;
  // `iri` is resolved by EntityResolver (resolvers/entity.ts), inherited by every entity type.
  @Field(() => String, {
    description: 'Stable IRI: <KG_BASE_URI>/id/<label>/<key>; JSON-LD or the explorer page',
  })
  iri!: string;
}

@ObjectType({ description: 'A span of a source document that states a fact' })
export class Evidence {
  // `document` is resolved from the row's `doc` id (EvidenceResolver).
  @Field(() => Int, { description: 'Start offset (JavaScript string index) in the decoded original text' })
  start!: number;
  @Field(() => Int, { description: 'End offset (exclusive)' })
  end!: number;
  @Field(() => String, { description: 'The quoted text: original.slice(start, end)' })
  quote!: string;
}
