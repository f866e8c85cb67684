/** The `facts` field of agencies, places, funding and people: one page of the facts an entity takes part in. */
import { ArgsType, Field } from 'type-graphql';
import { PageArgsType } from '../schema/connection.js';
import { RelationType } from '../schema/enums.js';

export const FACTS_DESCRIPTION =
  "The facts it takes part in (either end), with evidence, by type and the other end's name";

@ArgsType()
export class FactPageArgs extends PageArgsType {
  @Field(() => [RelationType], { nullable: true, description: 'Only facts of these types' })
  types?: string[] | null;
}
