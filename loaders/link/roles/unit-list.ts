import type { UnitRole } from '../../recognise/structure.js';
import { taskAt, taskTarget, type LinkContext, refOf } from '../context.js';
import type { RoleFact } from '../facts.js';
import type { RoleRule } from './role-rule.js';

/** "(市政务服务数据管理局、市发展改革局牵头)" after a measure → both lead the measure. */
export const unitList: RoleRule = {
  id: 'role/unit-list',
  purpose:
    'Units listed for a numbered task or measure (closing parenthesis, 牵头单位:/责任单位: label) hold their roles on it.',
  example: {
    doc: '003_205db0b0f84c3f3e.txt',
    text: '全流程在线办理。(市政务服务数据管理局、市发展改革局、市住房城乡建设局牵头)',
  },
  apply: ({ ctx }) =>
    ctx.structure.unitLists.flatMap((list) => {
      if (list.form === 'cell') return [];
      const task = taskAt(ctx, list.start);
      if (!task) return [];
      // units under 责任单位 after a 牵头单位 list of the same task assist
      const taskHasLead = ctx.structure.unitLists.some(
        (l) =>
          l !== list &&
          l.form !== 'cell' &&
          l.start >= task.start &&
          l.end <= task.end + 1 &&
          l.units.some((u) => u.role === 'LEAD'),
      );
      const roles = resolveUnstated(
        ctx,
        list.units.map((u) => u.role),
        taskHasLead,
      );
      return list.units.flatMap((u, i): RoleFact[] => {
        const ref = refOf(ctx, u.agency);
        if (!ref) return [];
        return [
          {
            type: roles[i] === 'ASSIST' ? 'ASSISTS' : 'LEADS',
            agency: ref.agency,
            surface: ref.mention.surface,
            target: taskTarget(task),
            evidence: { start: list.start, end: list.end },
            rule: unitList.id,
          },
        ];
      });
    }),
};

/**
 * Units with no cue of their own: the document's convention decides (first listed leads, the rest
 * assist); without one, units listed after cued leads assist and a list with no cue at all leads.
 */
export function resolveUnstated(
  ctx: LinkContext,
  roles: readonly UnitRole[],
  leadElsewhere = false,
): ('LEAD' | 'ASSIST')[] {
  const anyLead = roles.includes('LEAD') || leadElsewhere;
  return roles.map((r, i) => {
    if (r !== 'UNSTATED') return r;
    if (ctx.structure.firstListedLeads && !anyLead) return i === 0 ? 'LEAD' : 'ASSIST';
    return anyLead ? 'ASSIST' : 'LEAD';
  });
}
