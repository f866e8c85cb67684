import { refOf } from '../context.js';
import type { ActorRule } from './actor.js';

/** "(江海区政府供稿)" closes an article: its subjectless work is the contributor’s. */
export const articleContributor: ActorRule = {
  id: 'actor/article-contributor',
  purpose: 'In a bulletin, the body of an article’s contributor line is the actor of the article.',
  example: { doc: '004_6b47ef97f8ef13ec.txt', text: '(江海区政府供稿)' },
  actorOf: (ctx, clause) => {
    const contributors = ctx.structure.contributors;
    const index = contributors.findIndex((c) => c.start >= clause.end);
    const closing = contributors[index];
    if (!closing) return undefined;
    const opening = contributors[index - 1]?.end ?? 0;
    if (clause.start < opening) return undefined;
    const resolved = closing.agencies
      .map((m) => ({ m, a: refOf(ctx, m)?.agency }))
      .filter((x) => x.a !== undefined)
      .slice(0, 1);
    return resolved.length
      ? {
          agencies: resolved.map((x) => ({ agency: x.a!, surface: x.m.surface })),
          rule: articleContributor.id,
        }
      : undefined;
  },
};
