import { heads } from '../lexicon.js';
import type { ProjectRule } from '../rules.js';

/** 依托高栏港神华码头 → 高栏港神华码头: a work named anywhere, for dependencies, places and explicit roles. */
export const namedWork: ProjectRule = {
  id: 'project/named-work',
  purpose: 'Any name ending in a project head noun, wherever it stands in the clause.',
  example: { doc: '000_8bbcd799bbb03f60.txt', text: '依托高栏港神华码头谋划打造华南煤炭贸易集散中心' },
  find: ({ frame, text, namesIn, nameStart }) => {
    const { clause } = frame;
    const longest = new Map<number, number>(); // head end → head start (the longest head ending there)
    for (const m of heads.findAll(text, clause.start, clause.end))
      longest.set(m.end, Math.min(m.start, longest.get(m.end) ?? m.start));
    return [...longest]
      .sort((a, b) => b[0] - a[0]) // the rightmost head first: 思路举措 over 思路
      .flatMap(([end, start]) =>
        namesIn({ start: nameStart(start, clause.start), end }).map((n) => ({
          ...n,
          use: 'named' as const,
          verb: null,
        })),
      );
  },
};
