import { mentionTarget, projectsIn, clauseAt } from '../context.js';
import type { FundingRule } from './funding-rule.js';

const BEFORE_WORK = /^(?:元)?(?:的|用于|建设|实施|推进|打造|完善|投向)/u;

/** 总投资超30亿元的联邦动保及头孢类生物医药 / 集中投入43亿元完善工业园区配套 → the work named right after. */
export const investedWork: FundingRule = {
  id: 'funding/invested-work',
  purpose: 'Money written before the work it is for (总投资X元的P, 投入X元建设P) funds that work.',
  example: { doc: '001_c9b0bbd917161d38.txt', text: '集中投入43亿元完善工业园区配套' },
  target: ({ ctx, amount }) => {
    const clause = clauseAt(ctx, amount.start);
    if (!clause || !BEFORE_WORK.test(ctx.text.slice(amount.end, amount.end + 3))) return undefined;
    const next = projectsIn(ctx, { start: amount.end, end: clause.end })[0];
    return next && next.start - amount.end <= 4
      ? { target: { project: mentionTarget(next) }, evidence: { start: amount.start, end: next.end } }
      : undefined;
  },
};
