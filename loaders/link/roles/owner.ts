import { mentionTarget, projectsIn, type AgencyRef, type LinkContext } from '../context.js';
import type { RoleFact } from '../facts.js';
import type { RoleRule } from './role-rule.js';

/** 全面落实市政府“盘根计划” → 珠海市人民政府 leads 盘根计划 (the programme is the body's own). */
export const owner: RoleRule = {
  id: 'role/owner',
  purpose:
    'A body written right before a programme’s name (市政府“盘根计划”, 省委“1310”具体部署) owns and leads it.',
  example: { doc: '001_c9b0bbd917161d38.txt', text: '全面落实市政府“盘根计划”' },
  apply: ({ ctx }) =>
    ctx.agencies.flatMap((ref): RoleFact[] => {
      const owned = ownedBy(ctx, ref);
      return owned
        ? [
            {
              type: 'LEADS',
              agency: ref.agency,
              surface: ref.mention.surface,
              target: mentionTarget(owned),
              evidence: { start: ref.mention.start, end: owned.end },
              rule: owner.id,
            },
          ]
        : [];
    }),
};

/** The project whose name starts with the body's (省委“1310”…), or follows it with nothing or 的 and a quote between. */
export function ownedBy(ctx: LinkContext, ref: AgencyRef): ReturnType<typeof projectsIn>[number] | undefined {
  const { start, end } = ref.mention;
  const including = ctx.projects.find((p) => p.start === start && p.end > end);
  if (including) return including;
  const next = projectsIn(ctx, { start: end, end: end + 40 })[0];
  if (!next) return undefined;
  const gap = ctx.text.slice(end, next.start);
  return /^的?[“"《]?$/u.test(gap) && /[“"《]/u.test(ctx.text.slice(end, next.start + 1)) ? next : undefined;
}
