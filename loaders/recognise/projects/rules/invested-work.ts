import type { ProjectRule } from '../rules.js';

const INVESTED =
  /(?:总投资|投资|投入|计划投资)(?:额)?(?:约|超|近|达)?[\d.,]+(?:多|余)?[万亿]+元?(?:的|建设|用于|打造)/gu;

/** 总投资100亿元的埃克森新能源(珠海)储能电池 → a work named by the money invested in it, head or not. */
export const investedWork: ProjectRule = {
  id: 'project/invested-work',
  purpose:
    'The work an investment is written before (总投资X元的P, 投入X元建设P) is a project even without a head noun.',
  example: { doc: '001_c9b0bbd917161d38.txt', text: '总投资100亿元的埃克森新能源(珠海)储能电池' },
  find: ({ frame, text, namesIn }) => {
    const { clause } = frame;
    const out: ReturnType<ProjectRule['find']> = [];
    for (const m of text.slice(clause.start, clause.end).matchAll(INVESTED)) {
      const start = clause.start + m.index + m[0].length;
      const stop = text.slice(start, clause.end).search(/[、,;。等]/u);
      const end = stop < 0 ? clause.end : start + stop;
      if (end - start < 3 || end - start > 30) continue;
      const named = namesIn({ start, end });
      if (named.length) out.push(...named.map((n) => ({ ...n, use: 'object' as const, verb: null })));
      // a listed item with no head of its own (…的埃克森新能源(珠海)储能电池、…): its name as written
      else if (/^[、等]/u.test(text.slice(end, end + 1)) && !/项目|工程|建设/u.test(text.slice(start, end)))
        out.push({
          start,
          end,
          name: text.slice(start, end),
          kind: 'INDUSTRIAL',
          basis: 'head',
          use: 'object',
          verb: null,
        });
    }
    return out;
  },
};
