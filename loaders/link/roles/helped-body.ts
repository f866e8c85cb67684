import { agenciesIn, mentionTarget, projectsIn } from '../context.js';
import type { RoleFact } from '../facts.js';
import type { RoleRule } from './role-rule.js';

const HELP_BEFORE = /(?:积极|全力|主动|协助|配合|支持|协同|服务)$/u;

/** 积极配合市发展改革局制定《…指引》 → 市发展改革局 leads the 指引 (the writer assists: role/actor). */
export const helpedBody: RoleRule = {
  id: 'role/helped-body',
  purpose: 'The body someone helps (配合X推进Y, 协助X) leads the work helped with.',
  example: {
    doc: '000_8bbcd799bbb03f60.txt',
    text: '积极配合市发展改革局制定《珠海市产业项目“拿地即开工”改革落地标准流程指引》',
  },
  apply: ({ ctx }) =>
    ctx.frames.flatMap((frame) =>
      frame.objects.flatMap(({ verb, span }): RoleFact[] => {
        if (verb.kind !== 'help') return [];
        const helped = agenciesIn(ctx, span).find((a) => a.mention.start - span.start <= 2);
        if (!helped || !HELP_BEFORE.test(ctx.text.slice(verb.start, verb.end))) return [];
        const sentence = ctx.segments.sentences[frame.clause.sentence]!;
        return projectsIn(ctx, { start: helped.mention.end, end: sentence.end })
          .filter((p) => p.use !== 'named')
          .map((p) => ({
            type: 'LEADS',
            agency: helped.agency,
            surface: helped.mention.surface,
            target: mentionTarget(p),
            evidence: frame.clause,
            rule: helpedBody.id,
          }));
      }),
    ),
};
