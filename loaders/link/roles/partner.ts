import { agenciesIn, mentionTarget, projectsIn } from '../context.js';
import type { RoleFact } from '../facts.js';
import type { RoleRule } from './role-rule.js';

const PARTNER = /(?:与|同|和|联合|会同|携手|依托|利用|借助)$/u;
const WORK_AFTER =
  /^(?:加快|积极|全力|大力|共同|联合)?(?:共建|共同|合作|联合|携手|签订|签署|开展|建设|举办|打造|推进|推动|等)/u;

/** 与中国科学院大学共建“江海智慧安全应急联合实验室” → the university assists the lab. */
export const partner: RoleRule = {
  id: 'role/partner',
  purpose: 'A body the actor works with (与X共建, 联合X, 携手X) assists the work.',
  example: {
    doc: '004_6b47ef97f8ef13ec.txt',
    text: '与中国科学院大学共建“江海智慧安全应急联合实验室”、江门安全应急产业(北京)孵化器',
  },
  apply: ({ ctx }) =>
    ctx.segments.clauses.flatMap((clause) =>
      agenciesIn(ctx, clause).flatMap((ref): RoleFact[] => {
        const before = ctx.text.slice(clause.start, ref.mention.start);
        const after = ctx.text.slice(ref.mention.end, clause.end);
        if (
          !PARTNER.test(before) ||
          !WORK_AFTER.test(after.replace(/^[、和及与]?\S{0,12}?(?=共建|合作|签订)/u, ''))
        )
          return [];
        return projectsIn(ctx, { start: ref.mention.end, end: clause.end })
          .filter((p) => p.use === 'object')
          .map((p) => ({
            type: 'ASSISTS',
            agency: ref.agency,
            surface: ref.mention.surface,
            target: mentionTarget(p),
            evidence: clause,
            rule: partner.id,
          }));
      }),
    ),
};
