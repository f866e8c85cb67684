/**
 * Actors (guide §3, implicit actors): who does the work a clause states when it names no one. Each
 * actor rule answers for a clause or passes; the first rule that answers decides (order =
 * precedence): the clause's own subject, the subject of an earlier clause of the same sentence, the
 * body a paragraph opens with, a bulletin article's contributor, the issuer of a report.
 */
import type { RuleInfo } from '../../rule.js';
import type { Clause } from '../../segment/segment.js';
import type { ResolvedAgency } from '../../resolve/agencies.js';
import type { LinkContext } from '../context.js';

export interface Actor {
  agencies: { agency: ResolvedAgency; surface: string | null }[];
  rule: string;
}

export interface ActorRule extends RuleInfo {
  actorOf: (ctx: LinkContext, clause: Clause, earlier: ReadonlyMap<number, Actor>) => Actor | undefined;
}
