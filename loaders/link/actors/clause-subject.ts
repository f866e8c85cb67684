import { governmentOf } from '../../resolve/document.js';
import { agenciesIn } from '../context.js';
import type { ActorRule } from './actor.js';

/** What may stand between a subject and its verb besides the subject's names. */
const SUBJECT_FILLER =
  /^[、和及与,\s]*(?:(?:\d+|[两三四五六七八九十]+)[家个所座]\S{0,3}?(?=均|都|已|正|将|共|分别|$)|等|共同|联合|分别|已|正|将|要|积极|主动|自主|率先|全力|大力|认真|深入|持续|切实|不断|也|还|均|都|先后|成功)*$/u;

const PARTNER_WORD = /^(?:会同|联合|携手|协同)/u;

/** The subject's bodies up to a partner word after one of them (X会同Y: X only). */
function untilPartner<T extends { mention: { start: number; end: number } }>(text: string, named: T[]): T[] {
  const cut = named.findIndex(
    (a, i) => i > 0 && PARTNER_WORD.test(text.slice(named[i - 1]!.mention.end, a.mention.start)),
  );
  return cut < 0 ? named : named.slice(0, cut);
}

/** 市交通运输局负责物流码头建设 / 江海区把招商引资作为… → the body (or the place's government) before the verb. */
export const clauseSubject: ActorRule = {
  id: 'actor/clause-subject',
  purpose: 'A clause whose subject names a body (or a district, meaning its government) is that body’s work.',
  example: {
    doc: '000_8bbcd799bbb03f60.txt',
    text: '市交通运输局负责物流码头建设,推动珠海港高栏港区国能散货码头工程开工建设',
  },
  actorOf: (ctx, clause) => {
    const frame = ctx.frames[clause.index];
    if (
      !frame ||
      frame.subject.end <= frame.subject.start ||
      frame.objects.length + (frame.predicate ? 1 : 0) === 0
    )
      return undefined;
    const subject = frame.subject;
    // 市交通运输局会同市自然资源局推进…: the bodies after 会同/联合 are partners (role/partner), not subjects
    const all = agenciesIn(ctx, subject);
    const named = untilPartner(ctx.text, all);
    if (named.length) {
      // 与X共建 / 联合X: a body after a preposition is a partner, not the subject
      if (
        /(?:与|同|和|跟|联合|会同|携手|配合|协助|支持|帮助|向|对|由|经|请|报)$/u.test(
          ctx.text.slice(subject.start, named[0]!.mention.start),
        )
      )
        return undefined;
      // what stands between the subject's bodies and the verb (after a partner: nothing of the subject's)
      const upTo = named.length < all.length ? named.at(-1)!.mention.end : subject.end;
      let rest = ctx.text.slice(subject.start, upTo);
      for (const a of named) rest = rest.replace(a.mention.surface, '');
      rest = rest.replace(/^\d{4}年(?:以来)?|^今年(?:以来)?|^近年来|^[一二三四五六七八九十]是/u, '');
      if (!SUBJECT_FILLER.test(rest)) return undefined;
      return {
        agencies: named.map((a) => ({ agency: a.agency, surface: a.mention.surface })),
        rule: clauseSubject.id,
      };
    }
    const place = ctx.doc.places.longestAt(ctx.text, subject.start, subject.end);
    if (!place || !SUBJECT_FILLER.test(ctx.text.slice(place.end, subject.end))) return undefined;
    const government = governmentOf(place.place);
    return government
      ? { agencies: [{ agency: government, surface: place.text }], rule: clauseSubject.id }
      : undefined;
  },
};
