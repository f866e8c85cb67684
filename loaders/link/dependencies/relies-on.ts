import { mentionTarget, projectsIn } from '../context.js';
import type { DependencyFact } from '../facts.js';
import { dependencyCues } from './cue-words.js';
import type { DependencyRule } from './dependency-rule.js';

/** 依托中海油珠海LNG项目建设华南绿能港 → 华南绿能港 RELIES_ON 中海油珠海LNG项目. */
export const reliesOn: DependencyRule = {
  id: 'dependency/relies-on',
  purpose: 'A work built on another (依托/基于/借助 A … B) relies on it.',
  example: { doc: '000_8bbcd799bbb03f60.txt', text: '依托中海油珠海LNG项目建设华南绿能港' },
  apply: (ctx) => {
    const out: DependencyFact[] = [];
    for (const sentence of ctx.segments.sentences) {
      const slice = ctx.text.slice(sentence.start, sentence.end);
      for (const cue of dependencyCues.reliesOn) {
        for (let at = slice.indexOf(cue); at >= 0; at = slice.indexOf(cue, at + cue.length)) {
          const cueEnd = sentence.start + at + cue.length;
          const after = projectsIn(ctx, { start: cueEnd, end: sentence.end });
          const base = after[0];
          if (!base || base.start - cueEnd > 6) continue;
          const built = after.find(
            (p) => p.start >= base.end && p.use !== 'named' && p.clause <= base.clause + 1,
          );
          if (built)
            out.push({
              from: mentionTarget(built),
              to: mentionTarget(base),
              kind: 'RELIES_ON',
              evidence: { start: sentence.start + at, end: built.end },
              rule: reliesOn.id,
            });
        }
      }
    }
    return out;
  },
};
