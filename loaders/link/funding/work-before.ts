import { mentionTarget, projectsIn, clauseAt, sentenceAt } from '../context.js';
import type { FundingRule } from './funding-rule.js';

/** 加快推进珠海LNG二期工程建设,1-5月完成投资7.4亿元 → the work the sentence names before the amount. */
export const workBefore: FundingRule = {
  id: 'funding/work-before',
  purpose: 'Money reported after a work in the same sentence (with no other amount between) is that work’s.',
  example: { doc: '000_8bbcd799bbb03f60.txt', text: '加快推进珠海LNG二期工程建设,1-5月完成投资7.4亿元' },
  target: ({ ctx, amount }) => {
    const sentence = sentenceAt(ctx, amount.start);
    if (!sentence) return undefined;
    // the nearest work before the amount, with no other amount between them
    const previous = ctx.amounts
      .filter((a) => a !== amount && a.start >= sentence.start && a.end <= amount.start)
      .pop();
    const clause = clauseAt(ctx, amount.start);
    const work = projectsIn(ctx, { start: previous ? previous.end : sentence.start, end: amount.start })
      .filter((p) => p.use !== 'named' || p.clause === clause?.index)
      .pop();
    return work
      ? { target: { project: mentionTarget(work) }, evidence: { start: work.start, end: amount.end } }
      : undefined;
  },
};
