import type { ActorRule } from './actor.js';

/** 市发展改革局负责海上风电项目建设,推动珠海高栏海上风电纳入… → the second clause is the bureau's too. */
export const sentenceScope: ActorRule = {
  id: 'actor/sentence-scope',
  purpose: 'A clause without a subject continues the subject of an earlier clause of its sentence.',
  example: {
    doc: '000_8bbcd799bbb03f60.txt',
    text: '市发展改革局负责海上风电项目建设,推动珠海高栏海上风电纳入全省风电场址',
  },
  actorOf: (ctx, clause, earlier) => {
    for (let i = clause.index - 1; i >= 0; i--) {
      const c = ctx.segments.clauses[i]!;
      if (c.sentence !== clause.sentence) return undefined;
      const a = earlier.get(i);
      if (a && (a.rule === 'actor/clause-subject' || a.rule === 'actor/block-opener'))
        return { ...a, rule: sentenceScope.id };
    }
    return undefined;
  },
};
