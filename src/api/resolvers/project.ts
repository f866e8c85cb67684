/** Project queries and relation fields; the logic is in services/projects.ts. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { DependencyRow } from '../loaders.js';
import type { EntityRow } from '../rows.js';
import { selectionOf } from '../selection.js';
import { ProjectConnection } from '../schema/connections.js';
import { PageArgsType } from '../schema/connection.js';
import { Evidence } from '../schema/entity.js';
import { ProjectOrder } from '../schema/enums.js';
import { ProjectFilter } from '../schema/inputs.js';
import {
  Agency,
  AgencyRole,
  DependencyLink,
  Document,
  Fact,
  Person,
  Place,
  Project,
  ProjectFunding,
} from '../schema/types.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects matching every given filter' })
  projects(
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Arg('orderBy', () => ProjectOrder, { defaultValue: ProjectOrder.NAME_ASC }) orderBy: ProjectOrder,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.projects.list(filter ?? {}, orderBy, page, selectionOf(info));
  }

  @Query(() => Project, { description: 'One project by id, or by a name or alias that names only it' })
  project(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.projects.get({ id, name }, selectionOf(info));
  }

  @FieldResolver(() => [Agency], { description: 'Lead units' })
  leads(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.agencies(project.id, 'LEAD');
  }

  @FieldResolver(() => [Agency], { description: 'Assisting units' })
  assistants(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.agencies(project.id, 'ASSIST');
  }

  @FieldResolver(() => [AgencyRole], { description: 'Every agency with its role and the evidence for it' })
  roles(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.roles(project.id);
  }

  @FieldResolver(() => [Place])
  places(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.places(project.id);
  }

  @FieldResolver(() => [Person], { description: 'Responsible leaders' })
  overseers(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.overseers(project.id);
  }

  @FieldResolver(() => ProjectFunding)
  funding(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.funding(project.id);
  }

  @FieldResolver(() => [DependencyLink], {
    description: 'What this project depends on, transitively up to depth hops',
  })
  dependsOn(
    @Root() project: EntityRow,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Ctx() ctx: ApiContext,
  ): Promise<DependencyRow[]> {
    return ctx.projects.dependencies(project.id, 'out', depth);
  }

  @FieldResolver(() => [DependencyLink], {
    description: 'What depends on this project, transitively up to depth hops',
  })
  dependents(
    @Root() project: EntityRow,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Ctx() ctx: ApiContext,
  ): Promise<DependencyRow[]> {
    return ctx.projects.dependencies(project.id, 'in', depth);
  }

  @FieldResolver(() => [Document], { description: 'Documents that mention it' })
  documents(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.documents(project.id);
  }

  @FieldResolver(() => [Fact], { description: 'Every stored fact about the project, with evidence' })
  facts(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.facts(project.id);
  }

  @FieldResolver(() => [Evidence], { description: 'The evidence of all its facts' })
  evidence(@Root() project: EntityRow, @Ctx() ctx: ApiContext) {
    return ctx.projects.evidence(project.id);
  }
}
