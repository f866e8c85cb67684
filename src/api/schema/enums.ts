/**
 * GraphQL enums. Values mirror the graph JSON contract (src/model/graph-json.ts) so a stored property
 * maps onto an enum value unchanged; the API-only enums (roles, orderings, groupings) live here too.
 */
import { registerEnumType } from 'type-graphql';
import {
  AGENCY_KINDS,
  DEPENDENCY_KINDS,
  EDGE_TYPES,
  FUNDING_KINDS,
  GENRES,
  NODE_LABELS,
  PLACE_LEVELS,
  PROJECT_KINDS,
} from '../../model/graph-json.js';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const EntityLabel = enumOf(NODE_LABELS);
export const AgencyKind = enumOf(AGENCY_KINDS);
export const ProjectKind = enumOf(PROJECT_KINDS);
export const PlaceLevel = enumOf(PLACE_LEVELS);
export const FundingKind = enumOf(FUNDING_KINDS);
export const DependencyKind = enumOf(DEPENDENCY_KINDS);
export const Genre = enumOf(GENRES);
export const RelationType = enumOf(EDGE_TYPES);

/** An agency's part in a project: LEADS → LEAD, ASSISTS → ASSIST. */
export const Role = { LEAD: 'LEAD', ASSIST: 'ASSIST' } as const;
export type Role = keyof typeof Role;

export const ProjectOrder = {
  NAME_ASC: 'NAME_ASC',
  NAME_DESC: 'NAME_DESC',
  /** Largest single funding amount first; unfunded projects last. */
  FUNDING_DESC: 'FUNDING_DESC',
  /** Most agencies (lead + assist) first. */
  AGENCIES_DESC: 'AGENCIES_DESC',
} as const;
export type ProjectOrder = keyof typeof ProjectOrder;

export const FundingGroupBy = {
  PLACE: 'PLACE',
  AGENCY: 'AGENCY',
  KIND: 'KIND',
  DOCUMENT: 'DOCUMENT',
} as const;
export type FundingGroupBy = keyof typeof FundingGroupBy;

registerEnumType(EntityLabel, { name: 'EntityLabel', description: 'The kind of an entity node' });
registerEnumType(AgencyKind, { name: 'AgencyKind' });
registerEnumType(ProjectKind, { name: 'ProjectKind' });
registerEnumType(PlaceLevel, { name: 'PlaceLevel' });
registerEnumType(FundingKind, { name: 'FundingKind' });
registerEnumType(DependencyKind, {
  name: 'DependencyKind',
  description: 'How one project depends on another',
});
registerEnumType(Genre, { name: 'Genre', description: 'What kind of document' });
registerEnumType(RelationType, { name: 'RelationType', description: 'Relationship types between entities' });
registerEnumType(Role, { name: 'Role', description: "An agency's part in a project" });
registerEnumType(ProjectOrder, { name: 'ProjectOrder' });
registerEnumType(FundingGroupBy, {
  name: 'FundingGroupBy',
  description: 'How fundingSummary groups amounts',
});
