/**
 * Role rules (guide §3) produce LEADS / ASSISTS facts. They run in order; a later rule adds no role
 * for an (agency, project) pair an earlier rule already decided.
 */
import type { RuleInfo } from '../../rule.js';
import type { Actor } from '../actors/index.js';
import type { LinkContext } from '../context.js';
import type { RoleFact } from '../facts.js';

export interface RoleInput {
  ctx: LinkContext;
  /** clause index → actor. */
  actors: ReadonlyMap<number, Actor>;
}

export interface RoleRule extends RuleInfo {
  apply: (input: RoleInput) => RoleFact[];
}
