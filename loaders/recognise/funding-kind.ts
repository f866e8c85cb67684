/**
 * What a money amount is (investment, subsidy, bond…) and for which period, from the cue words
 * around it (loaders/data/funding-cues.json) and the document's year.
 */
import type { FundingKind } from '../../src/model/graph-json.js';
import cueFile from '../data/funding-cues.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';
import { CLAUSE_BREAK } from './amounts.js';
import { parseChineseNumber } from './chinese-number.js';

const cueTable = checkCueFile<{
  kinds: { kind: string; cues: string[] }[];
  nounAfter: string[];
  leveraged: string[];
  planning: string[];
  done: string[];
}>('funding-cues.json', cueFile, {
  kinds: { list: { kind: 'string', cues: 'strings' } },
  nounAfter: 'strings',
  leveraged: 'strings',
  planning: 'strings',
  done: 'strings',
});

export type { FundingKind };

export interface FundingClass {
  kind: FundingKind;
  /** '2023', '2023-01/2023-05', or null when the text states no period. */
  period: string | null;
}

interface Cue {
  kind: FundingKind;
  re: RegExp;
}
const CUES: Cue[] = cueTable.kinds.flatMap((k) =>
  k.cues.map((c) => ({ kind: k.kind as FundingKind, re: new RegExp(c, 'gu') })),
);
// own sticky copies: exec on the shared global regexes would leave a lastIndex that matchAll copies
const NOUN_AFTER_CUES = CUES.filter((c) => cueTable.nounAfter.includes(c.kind)).map((c) => ({
  kind: c.kind,
  re: new RegExp(c.re.source, 'uy'),
}));
const LEVERAGED = new RegExp(cueTable.leveraged.join('|'), 'u');
const PLANNING = new RegExp(cueTable.planning.join('|'), 'u');
const DONE = new RegExp(cueTable.done.join('|'), 'u');
const SENTENCE_BREAK = /[。;;!?!?\n]/u;

/** The classifier reads cues in this window before the amount (same line). */
const PERIOD_WINDOW = 400;

export function classifyFunding(
  text: string,
  mention: { start: number; end: number },
  docYear: number | null,
): FundingClass {
  const clauseStart = backTo(text, mention.start, CLAUSE_BREAK, 60);
  const sentenceStart = backTo(text, mention.start, SENTENCE_BREAK, 200);
  const period = findPeriod(text, mention.start, docYear);
  let kind =
    (LEVERAGED.test(text.slice(clauseStart, mention.start)) ? 'OTHER' : null) ??
    nounAfter(text, mention.end) ??
    nearestCue(text.slice(clauseStart, mention.start)) ??
    nearestCue(text.slice(sentenceStart, mention.start)) ??
    'OTHER';
  if (kind === 'COMPLETED_INVESTMENT') {
    const clause = text.slice(clauseStart, mention.start);
    // In quarterly plan columns "完成投资X亿元" is a target; progress lines say 1-5月/已/累计.
    const quarterPlan = period.fromQuarter && !DONE.test(clause);
    if (quarterPlan || (PLANNING.test(clause) && !DONE.test(clause))) kind = 'PLANNED_INVESTMENT';
  }
  return { kind, period: period.value };
}

/** 2000万元补助资金 / 40亿元的融资贷款: the noun right after the amount says what the money is. */
function nounAfter(text: string, end: number): FundingKind | null {
  const after = text.slice(end, end + 12).replace(/^的/u, '');
  let best: { kind: FundingKind; length: number } | null = null;
  for (const { kind, re } of NOUN_AFTER_CUES) {
    re.lastIndex = 0;
    const m = re.exec(after);
    if (m && (!best || m[0].length > best.length)) best = { kind, length: m[0].length };
  }
  return best?.kind ?? null;
}

function backTo(text: string, at: number, stop: RegExp, max: number): number {
  let i = at;
  while (i > 0 && at - i < max && !stop.test(text[i - 1]!)) i--;
  return i;
}

function nearestCue(window: string): FundingKind | null {
  let best: { kind: FundingKind; end: number; length: number } | null = null;
  for (const { kind, re } of CUES) {
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) {
        best = { kind, end, length: m[0].length };
      }
    }
  }
  return best?.kind ?? null;
}

// ---- periods ----------------------------------------------------------------------------------

interface FoundPeriod {
  value: string | null;
  fromQuarter: boolean;
}

const QUARTER_DIGIT = '[一二三四1-4]';
const FINE_PERIODS: {
  re: RegExp;
  months: (m: RegExpExecArray) => [number, number] | null;
  quarter?: boolean;
}[] = [
  {
    // 1-5月, 1至5月, 1~5月
    re: /(?<a>\d{1,2})\s*[-至到~—–]\s*(?<b>\d{1,2})\s*月/gu,
    months: (m) => [Number(m.groups!.a), Number(m.groups!.b)],
  },
  {
    // 截至4月底 / 截至5月
    re: /截[至止](?:\d{4}年)?(?<b>\d{1,2})月(?:底|末)?/gu,
    months: (m) => [1, Number(m.groups!.b)],
  },
  { re: /前三季度/gu, months: () => [1, 9], quarter: true },
  { re: /上半年/gu, months: () => [1, 6] },
  { re: /下半年/gu, months: () => [7, 12] },
  {
    // 第一、二季度 / 第二、三季度
    re: new RegExp(`第?(?<a>${QUARTER_DIGIT})[、和至到-]第?(?<b>${QUARTER_DIGIT})季度`, 'gu'),
    months: (m) => quarterRange(m.groups!.a!, m.groups!.b!),
    quarter: true,
  },
  {
    // 第一季度, 一季度, 1季度, Q1
    re: new RegExp(`第?(?<a>${QUARTER_DIGIT})季度`, 'gu'),
    months: (m) => quarterRange(m.groups!.a!, m.groups!.a!),
    quarter: true,
  },
];
const YEAR = /(?<y>(?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)/gu;
const WHOLE_YEAR = /全年|年度|今年|本年/gu;

function quarterRange(a: string, b: string): [number, number] | null {
  const qa = parseChineseNumber(a);
  const qb = parseChineseNumber(b);
  if (!qa || !qb || qa > 4 || qb > 4 || qb < qa) return null;
  return [qa * 3 - 2, qb * 3];
}

const month = (year: number, m: number): string => `${year}-${String(m).padStart(2, '0')}`;

/**
 * The period nearest before the amount on its line. A finer period (months, quarter, half year) on
 * the line wins over a bare year, which is often part of a name (2023年第二批专项债券).
 */
export function findPeriod(text: string, at: number, docYear: number | null): FoundPeriod {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - PERIOD_WINDOW);
  const window = text.slice(lineStart, at);
  let fine: { end: number; months: [number, number]; quarter: boolean; index: number } | null = null;
  for (const p of FINE_PERIODS) {
    for (const m of window.matchAll(p.re)) {
      const months = p.months(m as RegExpExecArray);
      if (!months || months[0] < 1 || months[1] > 12 || months[0] > months[1]) continue;
      const end = m.index + m[0].length;
      if (!fine || end > fine.end) fine = { end, months, quarter: Boolean(p.quarter), index: m.index };
    }
  }
  let year: { end: number; value: number; index: number } | null = null;
  for (const m of window.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (!year || end > year.end) year = { end, value: Number(m.groups!.y), index: m.index };
  }
  if (fine) {
    // a year written right before the fine period (2023年1-5月) is its year
    const ownYear = year && year.end <= fine.index && fine.index - year.end <= 1 ? year.value : null;
    const y = ownYear ?? docYear;
    if (y === null) return { value: null, fromQuarter: fine.quarter };
    return { value: `${month(y, fine.months[0])}/${month(y, fine.months[1])}`, fromQuarter: fine.quarter };
  }
  if (year) return { value: String(year.value), fromQuarter: false };
  // 全年/年度/今年 only count inside the amount's sentence
  const sentence = text.slice(backTo(text, at, SENTENCE_BREAK, 200), at);
  if (docYear !== null && WHOLE_YEAR.test(sentence)) {
    WHOLE_YEAR.lastIndex = 0;
    return { value: String(docYear), fromQuarter: false };
  }
  WHOLE_YEAR.lastIndex = 0;
  return { value: null, fromQuarter: false };
}
