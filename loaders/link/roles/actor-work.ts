import { mentionTarget, projectsIn } from '../context.js';
import type { RoleFact } from '../facts.js';
import type { RoleRule } from './role-rule.js';

/**
 * The actor of a clause (link/actors) leads the works the clause does (objects of a verb of doing,
 * subjects of progress) and assists the works it helps with (配合, 助力, 融入 …).
 */
export const actorWork: RoleRule = {
  id: 'role/actor-work',
  purpose: 'The actor of a clause leads the works it acts on and assists those it helps with.',
  example: {
    doc: '001_c9b0bbd917161d38.txt',
    text: '协力推进珠海机场改扩建工程、机场综合交通枢纽、空港国际智慧物流园建设',
  },
  apply: ({ ctx, actors }) =>
    ctx.segments.clauses.flatMap((clause) => {
      const actor = actors.get(clause.index);
      if (!actor) return [];
      return projectsIn(ctx, clause).flatMap((p): RoleFact[] => {
        if (p.use === 'named' || !p.verb || p.verb.kind === 'nonrole') return [];
        const type = p.verb.kind === 'help' ? 'ASSISTS' : 'LEADS';
        return actor.agencies.map(({ agency, surface }) => ({
          type,
          agency,
          surface,
          target: mentionTarget(p),
          evidence: clause,
          rule: `${actorWork.id}+${actor.rule}`,
        }));
      });
    }),
};
