/**
 * The entity object types with their stored scalar properties. Relation fields (leads, places,
 * coOwners, …) are declared by the field resolvers in src/api/resolvers/, next to how they load.
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Evidence } from './entity.js';
import {
  AgencyKind,
  DependencyKind,
  FundingKind,
  Genre,
  PlaceLevel,
  ProjectKind,
  RelationType,
  Role,
} from './enums.js';

@ObjectType({
  implements: Entity,
  description: 'A public body, party organ, task force, enterprise or institution',
})
export class Agency extends Entity {
  @Field(() => AgencyKind, { nullable: true })
  kind?: string | null;
  @Field(() => String, { nullable: true, description: 'Administrative level (CITY, DISTRICT, …)' })
  level?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the agency has authority, e.g. 珠海市' })
  jurisdiction?: string | null;
}

@ObjectType({
  implements: Entity,
  description: 'A project, work, park, platform, programme, key task or measure',
})
export class Project extends Entity {
  @Field(() => ProjectKind, { nullable: true })
  kind?: string | null;
}

@ObjectType({ implements: Entity, description: 'An administrative area or zone' })
export class Place extends Entity {
  @Field(() => PlaceLevel, { nullable: true })
  level?: string | null;
  @Field(() => String, { nullable: true, description: 'Administrative division code' })
  code?: string | null;
}

@ObjectType({ implements: Entity, description: 'An amount of money stated in a document' })
export class Funding extends Entity {
  @Field(() => Float, { nullable: true, description: 'Amount in yuan' })
  yuan?: number | null;
  @Field(() => FundingKind, { nullable: true })
  kind?: string | null;
  @Field(() => String, { nullable: true, description: 'Period the amount covers, e.g. 2023-01/2023-05' })
  period?: string | null;
}

@ObjectType({ implements: Entity, description: 'A named official' })
export class Person extends Entity {
  @Field(() => String, { nullable: true })
  title?: string | null;
}

@ObjectType({ description: 'A source document' })
export class Document {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { description: 'Base name of the input file' })
  file!: string;
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field(() => String, { nullable: true })
  issuer?: string | null;
  @Field(() => String, { nullable: true })
  jurisdiction?: string | null;
  @Field(() => Genre, { nullable: true })
  genre?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  date?: string | null;
  @Field(() => Int, { nullable: true, description: 'Length of the decoded text' })
  chars?: number | null;
}

@ObjectType({ description: 'A stored relationship between two entities and the evidence for it' })
export class Fact {
  @Field(() => RelationType)
  type!: string;
  @Field(() => String, { nullable: true, description: 'Sub-kind, e.g. the DependencyKind of a DEPENDS_ON' })
  kind?: string | null;
  @Field(() => [Evidence])
  evidence!: Evidence[];
  // from and to are resolved by FactResolver.
}

@ObjectType({ description: "An agency's part in a project" })
export class AgencyRole {
  @Field(() => Agency)
  agency!: Agency;
  @Field(() => Role)
  role!: string;
  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({ description: 'Two agencies that own projects together (lead or assist)' })
export class AgencyPair {
  @Field(() => Agency)
  a!: Agency;
  @Field(() => Agency)
  b!: Agency;
  @Field(() => Int, { description: 'How many projects both own' })
  sharedCount!: number;
  @Field(() => [Project], { description: 'The shared projects' })
  projects!: Project[];
}

@ObjectType({ description: 'One DEPENDS_ON link reached while following dependencies' })
export class DependencyLink {
  @Field(() => DependencyKind, { nullable: true })
  kind?: string | null;
  @Field(() => Int, { description: 'Hops from the project asked about (1 = direct)' })
  depth!: number;
  @Field(() => [Evidence])
  evidence!: Evidence[];
  // from and to are resolved by DependencyLinkResolver.
}

@ObjectType({ description: 'The sum of one kind of funding' })
export class FundingTotal {
  @Field(() => FundingKind, { nullable: true })
  kind?: string | null;
  @Field(() => Float)
  yuan!: number;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A project's funding amounts and their totals per kind" })
export class ProjectFunding {
  @Field(() => [Funding])
  items!: Funding[];
  @Field(() => [FundingTotal], { description: 'One total per funding kind (kinds are not summed together)' })
  totals!: FundingTotal[];
}

@ObjectType({ description: 'The shortest connection between two entities' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships' })
  length!: number;
  @Field(() => [Entity], { description: 'The entities along the path, from the first to the last' })
  nodes!: Entity[];
  @Field(() => [Fact], {
    description: 'One fact per step, in path order (a step may be walked against its direction)',
  })
  steps!: Fact[];
}

@ObjectType({ description: 'Funding summed over one group' })
export class FundingGroup {
  @Field(() => String, {
    nullable: true,
    description: 'Id of the place, agency or document; the kind for KIND; null for amounts with no such link',
  })
  key?: string | null;
  @Field(() => String, { nullable: true, description: 'Readable name of the group' })
  name?: string | null;
  @Field(() => Float, { description: 'Sum in yuan (each amount counted once per group)' })
  totalYuan!: number;
  @Field(() => Int, { description: 'Number of amounts summed' })
  count!: number;
}

@ObjectType({ description: 'How many facts of one type a document supports' })
export class FactCount {
  @Field(() => RelationType)
  type!: string;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A range of a document's decoded original text" })
export class TextRange {
  @Field(() => Int, { description: 'Start offset (JavaScript string index), as evidence offsets' })
  start!: number;
  @Field(() => Int, { description: 'End offset (exclusive)' })
  end!: number;
  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'An agency in the co-ownership network' })
export class AgencyNetworkNode {
  @Field(() => Agency)
  agency!: Agency;
  @Field(() => Int, { description: 'Projects it owns (in the role asked for, if any)' })
  projectCount!: number;
}

@ObjectType({ description: 'Two agencies that own projects together; the weight is how many' })
export class AgencyNetworkEdge {
  @Field(() => ID, { description: 'Id of one agency (the smaller id)' })
  source!: string;
  @Field(() => ID, { description: 'Id of the other agency' })
  target!: string;
  @Field(() => Int, { description: 'How many projects both own' })
  sharedCount!: number;
}

@ObjectType({
  description: 'Agencies as nodes and co-ownership as weighted edges, heaviest edges first',
})
export class AgencyNetwork {
  @Field(() => [AgencyNetworkNode], {
    description: 'The agencies on the returned edges (and the centre, if any)',
  })
  nodes!: AgencyNetworkNode[];
  @Field(() => [AgencyNetworkEdge])
  edges!: AgencyNetworkEdge[];
  @Field(() => Int, { description: 'Edges before the maxEdges cut' })
  totalEdges!: number;
  @Field(() => Boolean, { description: 'Whether lighter edges were left out (maxEdges)' })
  truncated!: boolean;
}
