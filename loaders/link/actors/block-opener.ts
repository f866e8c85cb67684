import { agenciesIn, firstClauseOf } from '../context.js';
import type { ActorRule } from './actor.js';

/** "市卫生健康局:…" / "市水务局将…": the body a paragraph opens with acts in all of it. */
export const blockOpener: ActorRule = {
  id: 'actor/block-opener',
  purpose:
    'A paragraph that opens with a body (and a colon or a verb) is that body’s work until another actor appears.',
  example: { doc: '004_6b47ef97f8ef13ec.txt', text: '市科技局积极推进科技项目“揭榜挂帅”' },
  actorOf: (ctx, clause, earlier) => {
    const line = ctx.segments.lines[clause.line]!;
    const first = ctx.segments.clauses[firstClauseOf(ctx, line.index) ?? -1];
    if (!first || first.index === clause.index) return undefined;
    const opener = earlier.get(first.index);
    if (opener?.rule === 'actor/clause-subject' || opener?.rule === 'actor/block-opener')
      return { ...opener, rule: blockOpener.id };
    const head = agenciesIn(ctx, { start: line.start, end: Math.min(line.end, line.start + 40) })[0];
    if (
      head &&
      head.mention.start === line.start &&
      /^[::]/u.test(ctx.text.slice(head.mention.end, head.mention.end + 1))
    )
      return { agencies: [{ agency: head.agency, surface: head.mention.surface }], rule: blockOpener.id };
    return undefined;
  },
};
