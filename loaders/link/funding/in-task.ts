import { taskAt, taskTarget, sentenceAt } from '../context.js';
import type { FundingRule } from './funding-rule.js';

/** 政策性开发性金融工具全年申请基金金额达到70亿元 inside task 强化资金保障 → the task's money. */
export const inTask: FundingRule = {
  id: 'funding/in-task',
  purpose: 'Money stated inside a numbered task or measure, for no work of its own, is the task’s.',
  example: { doc: '000_8bbcd799bbb03f60.txt', text: '政策性开发性金融工具全年申请基金金额达到70亿元' },
  target: ({ ctx, amount }) => {
    const task = taskAt(ctx, amount.start);
    return task
      ? {
          target: { project: taskTarget(task) },
          evidence: sentenceAt(ctx, amount.start) ?? amount,
        }
      : undefined;
  },
};
