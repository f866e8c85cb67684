/**
 * The actor rules in order of precedence, and the actor of every clause of a document.
 */
import type { LinkContext } from '../context.js';
import type { Actor, ActorRule } from './actor.js';
import { articleContributor } from './article-contributor.js';
import { blockOpener } from './block-opener.js';
import { clauseSubject } from './clause-subject.js';
import { issuer } from './issuer.js';
import { sentenceScope } from './sentence-scope.js';

export type { Actor } from './actor.js';

export const ACTOR_RULES: readonly ActorRule[] = [
  clauseSubject,
  sentenceScope,
  blockOpener,
  articleContributor,
  issuer,
];

/** clause index → its actor (clauses with no actor are absent). */
export function clauseActors(ctx: LinkContext): Map<number, Actor> {
  const actors = new Map<number, Actor>();
  for (const clause of ctx.segments.clauses) {
    for (const rule of ACTOR_RULES) {
      const actor = rule.actorOf(ctx, clause, actors);
      if (actor) {
        actors.set(clause.index, actor);
        break;
      }
    }
  }
  return actors;
}
