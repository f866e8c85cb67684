import { clauseAt } from '../context.js';
import type { Genre } from '../../../src/model/graph-json.js';
import type { FundingRule } from './funding-rule.js';

const REPORTING: readonly Genre[] = ['BULLETIN', 'OTHER'];

/** 2023年已招引项目15个,总投资额超120亿元 in 江海区's article → the district government's money. */
export const actorMoney: FundingRule = {
  id: 'funding/actor-money',
  purpose: 'In a bulletin, money of a body’s work that names no single work is that body’s.',
  example: { doc: '004_6b47ef97f8ef13ec.txt', text: '2023年已招引项目15个,总投资额超120亿元' },
  target: ({ ctx, amount, actors }) => {
    if (!REPORTING.includes(ctx.doc.genre)) return undefined;
    const clause = clauseAt(ctx, amount.start);
    const actor = clause ? actors.get(clause.index) : undefined;
    if (!clause || !actor || actor.rule.endsWith('issuer')) return undefined;
    return { target: { agency: actor.agencies[0]!.agency }, evidence: clause };
  },
};
