import { mentionTarget, projectsIn, type LinkContext } from '../context.js';
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
      const owned = ownedBy(ctx, ref.mention.end);
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

/** The project named right after an agency's name (nothing or 的 between), if any. */
export function ownedBy(
  ctx: LinkContext,
  agencyEnd: number,
): ReturnType<typeof projectsIn>[number] | undefined {
  const next = projectsIn(ctx, { start: agencyEnd, end: agencyEnd + 40 })[0];
  if (!next) return undefined;
  const gap = ctx.text.slice(agencyEnd, next.start);
  const quotedNext =
    /^[“"《]/u.test(ctx.text.slice(next.start - 1, next.start + 1)) || /^的?[“"《]?$/u.test(gap);
  return (gap === '' || gap === '的' || /^的?[“"《]$/u.test(gap)) && quotedNext ? next : undefined;
}
