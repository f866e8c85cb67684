import type { ProjectRule } from '../rules.js';

/** 五邑路、连海路及江南路西段等10条道路建设项目顺利完工 → three roads whose progress is reported. */
export const subjectOfProgress: ProjectRule = {
  id: 'project/subject-of-progress',
  purpose:
    'The works a clause reports progress of: the subject before a progress predicate (建成投产, 顺利完工).',
  example: { doc: '004_6b47ef97f8ef13ec.txt', text: '五邑路、连海路及江南路西段等10条道路建设项目顺利完工' },
  find: ({ frame, namesIn }) =>
    frame.predicate
      ? namesIn(frame.subject).map((n) => ({ ...n, use: 'subject' as const, verb: frame.predicate }))
      : [],
};
