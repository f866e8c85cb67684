/**
 * Which relations of a project a request selects, as a prefetch plan for the statement that finds
 * the project(s) (translate/prefetch.ts). Only the relation fields whose resolvers read these loaders
 * are listed; any other field still loads on its own, batched per level.
 */
import { selects, type Selection } from '../selection.js';
import type { DependencyWant, Prefetch } from '../translate/prefetch.js';
import type { HopName } from '../translate/relations.js';

/**
 * Project field → the neighbour list its resolver reads (resolvers/project.ts, services/projects.ts):
 * with the facts and their evidence (Loaders.neighbours) or the entities only (Loaders.neighbourNodes).
 */
const FIELD_HOPS: Readonly<Record<string, HopName>> = {
  roles: 'projectRoles',
  facts: 'projectFacts',
  evidence: 'projectFacts',
};
const FIELD_NODE_HOPS: Readonly<Record<string, HopName>> = {
  leads: 'projectRoles',
  assistants: 'projectRoles',
  places: 'projectPlaces',
  funding: 'projectFunding',
  overseers: 'projectOverseers',
};

export const MAX_DEPENDENCY_DEPTH = 10;

const DEPENDENCY_FIELDS = { dependsOn: 'out', dependents: 'in' } as const;

/** `project` = the fields selected on a Project. Depths outside the allowed range are left to the resolver's error. */
export function projectPrefetch(project: Selection): Prefetch {
  const hops = new Set<HopName>();
  for (const [field, hop] of Object.entries(FIELD_HOPS)) if (project.has(field)) hops.add(hop);
  const nodeHops = new Set<HopName>();
  for (const [field, hop] of Object.entries(FIELD_NODE_HOPS)) if (project.has(field)) nodeHops.add(hop);
  const dependencies = new Map<string, DependencyWant>();
  for (const [field, direction] of Object.entries(DEPENDENCY_FIELDS)) {
    for (const selected of project.get(field) ?? []) {
      const depth = selected.args.depth ?? 1;
      if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1 || depth > MAX_DEPENDENCY_DEPTH)
        continue;
      dependencies.set(`${direction}${depth}`, { direction, depth });
    }
  }
  return {
    hops: [...hops],
    nodeHops: [...nodeHops],
    dependencies: [...dependencies.values()],
    roleDocuments: selects(project, 'roles', 'evidence', 'document'),
  };
}
