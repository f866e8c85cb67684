import type { RuleInfo } from '../../rule.js';
import type { AmountMention } from '../../recognise/amounts.js';
import type { Actor } from '../actors/index.js';
import type { LinkContext } from '../context.js';
import type { FundingFact } from '../facts.js';

export interface FundingInput {
  ctx: LinkContext;
  amount: AmountMention;
  actors: ReadonlyMap<number, Actor>;
}

/** Funding rules (guide §4) tie an amount of money to what it is for; the first rule that answers wins. */
export interface FundingRule extends RuleInfo {
  target: (input: FundingInput) => Pick<FundingFact, 'target' | 'evidence'> | undefined;
}
