import type { ProjectRule } from '../rules.js';

/** 协力推进珠海机场改扩建工程、机场综合交通枢纽、空港国际智慧物流园建设 → three projects the verb acts on. */
export const objectOfVerb: ProjectRule = {
  id: 'project/object-of-verb',
  purpose: 'The works a verb of doing or helping governs: its object, split into coordinated names.',
  example: {
    doc: '001_c9b0bbd917161d38.txt',
    text: '协力推进珠海机场改扩建工程、机场综合交通枢纽、空港国际智慧物流园建设',
  },
  find: ({ frame, namesIn }) =>
    frame.objects.flatMap(({ verb, span }) =>
      verb.kind === 'nonrole' ? [] : namesIn(span).map((n) => ({ ...n, use: 'object' as const, verb })),
    ),
};
