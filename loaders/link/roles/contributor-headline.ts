import { mentionTarget, projectsIn, refOf } from '../context.js';
import type { RoleFact } from '../facts.js';
import { namesAPart } from '../../recognise/metadata.js';
import type { RoleRule } from './role-rule.js';

/** (新会区政府、市政务服务数据管理局供稿) under “新会区深入推进工程建设项目改革…” → both lead the reform. */
export const contributorHeadline: RoleRule = {
  id: 'role/contributor-headline',
  purpose: 'Every body of a bulletin article’s contributor line leads the work its headline names.',
  example: { doc: '004_6b47ef97f8ef13ec.txt', text: '(新会区政府、市政务服务数据管理局供稿)' },
  apply: ({ ctx }) =>
    ctx.structure.contributors.flatMap((closing, i): RoleFact[] => {
      const from = ctx.structure.contributors[i - 1]?.end ?? 0;
      const headline = ctx.segments.lines.find(
        (l) =>
          l.start >= from &&
          l.end - l.start <= 40 &&
          !/[。;]/u.test(ctx.text.slice(l.start, l.end)) &&
          !namesAPart(ctx.text.slice(l.start, l.end)),
      );
      if (!headline || headline.start >= closing.start) return [];
      const works = projectsIn(ctx, headline);
      return closing.agencies.flatMap((mention) => {
        const ref = refOf(ctx, mention);
        return ref
          ? works.map((p) => ({
              type: 'LEADS' as const,
              agency: ref.agency,
              surface: mention.surface,
              target: mentionTarget(p),
              evidence: closing,
              rule: contributorHeadline.id,
            }))
          : [];
      });
    }),
};
