/**
 * Relay connection types: `XConnection { edges { cursor node } pageInfo totalCount }`, made by
 * one generic helper so every list has the same shape.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;
  @Field(() => Boolean)
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true })
  startCursor!: string | null;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100)' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string | null;
}

const made = new Map<string, ClassType>();

/**
 * `Connection(() => Project, 'Project')` → `ProjectConnection` with `ProjectEdge`. Memoised by name
 * because type-graphql keeps one global registry of types.
 */
export function Connection<T extends object>(node: () => ClassType<T> | object, name: string): ClassType {
  const existing = made.get(name);
  if (existing) return existing;

  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;
    @Field(node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of matches across all pages' })
    totalCount!: number;
  }

  made.set(name, ConnectionType);
  return ConnectionType;
}
