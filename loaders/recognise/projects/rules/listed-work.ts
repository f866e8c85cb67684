import { GROUP_COUNT, LIST_CUE } from '../lexicon.js';
import type { ProjectRule } from '../rules.js';

/**
 * "其中总投资10亿元以上的项目有9个,包括南珠(中)城际、茅湾涌防洪排涝工程…": a counted group's members
 * listed after a list cue are projects, each named in full (the list's separators bound the names,
 * so 及 inside a name does not cut it).
 */
export const listedWork: ProjectRule = {
  id: 'project/listed-work',
  purpose:
    'The members of a counted group of works, listed after 包括/分别是: each item is a project named in full.',
  example: {
    doc: 'gd-zhongshan-projects-01.txt',
    text: '包括南珠(中)城际、茅湾涌防洪排涝工程、广澳高速改扩建工程、和胜新能源汽车装备制造项目等',
  },
  find: ({ text, frame, namesIn }) => {
    const { clause } = frame;
    const slice = text.slice(clause.start, clause.end);
    const cue = LIST_CUE.exec(slice);
    if (!cue) return [];
    // the count may stand earlier in the sentence ("项目有9个,包括…")
    const sentenceStart =
      Math.max(text.lastIndexOf('。', clause.start), text.lastIndexOf('\n', clause.start)) + 1;
    if (!GROUP_COUNT.test(text.slice(sentenceStart, clause.start + cue.index))) return [];
    return namesIn({ start: clause.start + cue.index + cue[0].length, end: clause.end }).map((n) => ({
      ...n,
      use: 'named' as const,
      verb: null,
    }));
  },
};
