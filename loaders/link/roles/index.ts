/**
 * The role rules in order of precedence, and the roles of a document: a later rule adds no role for
 * an (agency, project) pair an earlier rule already gave one.
 */
import { clauseActors } from '../actors/index.js';
import { targetKey, type LinkContext } from '../context.js';
import type { RoleFact } from '../facts.js';
import { actorWork } from './actor-work.js';
import { agentCue } from './agent-cue.js';
import { contributorHeadline } from './contributor-headline.js';
import { helpedBody } from './helped-body.js';
import { owner } from './owner.js';
import { partner } from './partner.js';
import type { RoleRule } from './role-rule.js';
import { tableColumns } from './table-columns.js';
import { unitList } from './unit-list.js';

export const ROLE_RULES: readonly RoleRule[] = [
  unitList,
  tableColumns,
  agentCue,
  helpedBody,
  partner,
  contributorHeadline,
  owner,
  actorWork,
];

export function linkRoles(ctx: LinkContext): RoleFact[] {
  const actors = clauseActors(ctx);
  const decidedBy = new Map<string, string>();
  const out: RoleFact[] = [];
  for (const rule of ROLE_RULES) {
    for (const fact of rule.apply({ ctx, actors })) {
      const key = `${fact.agency.id}|${targetKey(fact.target)}`;
      const by = decidedBy.get(key);
      if (by !== undefined && by !== rule.id) continue;
      decidedBy.set(key, rule.id);
      out.push(fact);
    }
  }
  return out;
}
