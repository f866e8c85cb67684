/** The funding rules in order, and the funding facts of a document. */
import { classifyFunding } from '../../recognise/funding-kind.js';
import type { Actor } from '../actors/index.js';
import type { LinkContext } from '../context.js';
import type { FundingFact } from '../facts.js';
import { actorMoney } from './actor-money.js';
import type { FundingRule } from './funding-rule.js';
import { inTask } from './in-task.js';
import { investedWork } from './invested-work.js';
import { workBefore } from './work-before.js';

// in a bulletin an article’s money is its actor’s before it is its headline’s (actor-money applies
// only to reporting genres, so elsewhere the order changes nothing)
export const FUNDING_RULES: readonly FundingRule[] = [investedWork, workBefore, actorMoney, inTask];

export function linkFunding(ctx: LinkContext, actors: ReadonlyMap<number, Actor>): FundingFact[] {
  const year = /20\d\d/u.exec(ctx.doc.date ?? ctx.doc.title)?.[0];
  const out: FundingFact[] = [];
  for (const amount of ctx.amounts) {
    if (amount.macro || amount.threshold) continue;
    for (const rule of FUNDING_RULES) {
      const found = rule.target({ ctx, amount, actors });
      if (!found) continue;
      const { kind, period } = classifyFunding(ctx.text, amount, year ? Number(year) : null);
      out.push({ amount, kind, period, ...found, rule: rule.id });
      break;
    }
  }
  return out;
}
