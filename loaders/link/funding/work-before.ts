import { mentionTarget, projectsIn } from '../context.js';
import type { FundingRule } from './funding-rule.js';

/** 加快推进珠海LNG二期工程建设,1-5月完成投资7.4亿元 → the work the sentence names before the amount. */
export const workBefore: FundingRule = {
  id: 'funding/work-before',
  purpose: 'Money reported after a single work in the same sentence is that work’s.',
  example: { doc: '000_8bbcd799bbb03f60.txt', text: '加快推进珠海LNG二期工程建设,1-5月完成投资7.4亿元' },
  target: ({ ctx, amount }) => {
    const sentence = ctx.segments.sentences.find((s) => s.start <= amount.start && amount.end <= s.end);
    if (!sentence) return undefined;
    const before = projectsIn(ctx, { start: sentence.start, end: amount.start });
    const otherAmount = ctx.amounts.some(
      (a) => a !== amount && a.start >= sentence.start && a.end <= amount.start,
    );
    const works = before.filter((p) => p.use !== 'named');
    if (works.length !== 1 || otherAmount) return undefined;
    return {
      target: { project: mentionTarget(works[0]!) },
      evidence: { start: works[0]!.start, end: amount.end },
    };
  },
};
