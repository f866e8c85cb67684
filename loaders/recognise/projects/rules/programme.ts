import { LIST_CUE, PROGRAMME, PROGRAMME_HEAD } from '../lexicon.js';
import type { ProjectRule } from '../rules.js';

/** How far after a programme its members may be listed: the rest of its sentence and the two after. */
const MEMBERS_WITHIN_SENTENCES = 3;

/**
 * "中山市2023年计划新开工市重点项目123个…其中…包括A、B": a counted class of key projects whose
 * members the text lists is a programme (a count alone is no project, annotation guide §2).
 */
export const programme: ProjectRule = {
  id: 'project/programme',
  purpose:
    'A counted class of key projects (市重点项目123个, 列入省重点建设项目) whose members are then listed.',
  example: { doc: 'gd-zhongshan-projects-01.txt', text: '中山市2023年计划新开工市重点项目123个' },
  find: ({ text, frame }) => {
    const { clause } = frame;
    const slice = text.slice(clause.start, clause.end);
    if (!PROGRAMME_HEAD.test(slice)) return []; // most clauses name no class of projects: skip the long pattern
    return [...slice.matchAll(PROGRAMME)].flatMap((m) => {
      const name = m[1] ?? m[2]!;
      const start = clause.start + m.index + m[0].indexOf(name);
      if (!membersListed(text, start + name.length)) return [];
      return [
        {
          start,
          end: start + name.length,
          name,
          kind: 'PROGRAM' as const,
          basis: 'head' as const,
          use: 'named' as const,
          verb: null,
        },
      ];
    });
  },
};

function membersListed(text: string, from: number): boolean {
  let end = from;
  for (let i = 0; i < MEMBERS_WITHIN_SENTENCES; i++) {
    const next = /[^。\n\s][^。\n]*(?:[。\n]|$)/u.exec(text.slice(end));
    if (!next) break;
    end += next.index + next[0].length;
  }
  return LIST_CUE.test(text.slice(from, end));
}
