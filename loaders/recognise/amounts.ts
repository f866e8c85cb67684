/**
 * Money amounts in cleaned text: 12.5亿元, 5422万元, 十二亿五千万元, 超120亿元, 650亿 (money context).
 * Counts (个, 家, 人, 亩, 吨, 千瓦…), percentages and 亿人次 are not amounts; prices per unit
 * (400万元/亩) and eligibility thresholds (5亿元(含)以上) are not amounts of money spent or raised.
 * Macro statistics (地区生产总值, 营业收入, 进出口…) are amounts but flagged `macro` so linking drops them.
 */
import cueFile from '../data/amount-cues.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';
import { NUMERAL_CHARS, parseChineseNumber, roundAmount } from './chinese-number.js';

const cues = checkCueFile<
  Record<
    | 'approximateBefore'
    | 'approximateAfter'
    | 'notMoneyAfter'
    | 'perUnitAfter'
    | 'thresholdAfter'
    | 'thresholdBefore'
    | 'moneyContext'
    | 'macro'
    | 'macroAfter',
    string[]
  >
>('amount-cues.json', cueFile, {
  approximateBefore: 'strings',
  approximateAfter: 'strings',
  notMoneyAfter: 'strings',
  perUnitAfter: 'strings',
  thresholdAfter: 'strings',
  thresholdBefore: 'strings',
  moneyContext: 'strings',
  macro: 'strings',
  macroAfter: 'strings',
});

export type Currency = 'CNY' | 'USD' | 'HKD' | 'MOP' | 'EUR';

export interface AmountMention {
  /** Offsets into the (cleaned = original) text; `text` is the matched surface form. */
  start: number;
  end: number;
  text: string;
  /** Value in units of the currency (yuan for CNY). */
  yuan: number;
  /** The multiplier unit written: 亿元, 万元, 元, 亿 (money context, no 元) … */
  unit: string;
  currency: Currency;
  /** A statistic of the economy (GDP, output, revenue of an area), not money for a project. */
  macro: boolean;
  /** A criterion or price (5亿元(含)以上, 400万元/亩), not money spent or raised. */
  threshold: boolean;
  /** Written as an approximation or bound (约, 超, 近, 以上, 多). */
  approximate: boolean;
}

const CURRENCIES: Record<string, Currency> = {
  元: 'CNY',
  元人民币: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  港元: 'HKD',
  港币: 'HKD',
  澳门元: 'MOP',
  澳元: 'MOP',
  欧元: 'EUR',
};

// number, multiplier, optional 多/余, currency (optional only after 亿/万: checked against context)
const AMOUNT = new RegExp(
  `(?<num>(?:\\d[\\d,]*(?:\\.\\d+)?|[${NUMERAL_CHARS.replace('0-9.,', '')}]+))` +
    `(?<mult>[十百千万亿]*)(?<more>多|余)?(?<cur>元人民币|美元|港元|港币|澳门元|欧元|元|人民币)?`,
  'gu',
);
const APPROX_BEFORE = new RegExp(`(${cues.approximateBefore.join('|')})$`, 'u');
const APPROX_AFTER = new RegExp(`^(${cues.approximateAfter.join('|')})`, 'u');
const NOT_MONEY_AFTER = new RegExp(`^(${cues.notMoneyAfter.join('|')})`, 'u');
const PER_UNIT_AFTER = new RegExp(`^(${cues.perUnitAfter.join('|')})`, 'u');
const THRESHOLD_AFTER = new RegExp(`^(${cues.thresholdAfter.join('|')})`, 'u');
const THRESHOLD_BEFORE = new RegExp(`(${cues.thresholdBefore.join('|')})$`, 'u');
const MONEY_CONTEXT = new RegExp(cues.moneyContext.join('|'), 'u');
const MACRO = new RegExp(cues.macro.join('|'), 'u');
const MACRO_AFTER = new RegExp(`^(${cues.macroAfter.join('|')})`, 'u');
/** Characters that end a clause: cue words are looked for inside the clause only. */
export const CLAUSE_BREAK = /[。;;!?!?\n,,、:::]/u;

export function findAmounts(text: string): AmountMention[] {
  const found: AmountMention[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const g = m.groups!;
    const num = g.num!;
    const mult = g.mult ?? '';
    const cur = g.cur;
    if (!cur && !/[万亿]$/.test(num + mult)) continue; // bare numbers are not money
    const start = m.index;
    // Chinese numerals must not start inside a word (一体化, 一批): require a multiplier or currency right after
    const chineseOnly = !/\d/.test(num);
    const all = num + mult;
    if (chineseOnly && !/[万亿]/.test(all) && !cur) continue;
    const value = parseChineseNumber(all);
    if (value === null || value === 0) continue;
    const end = start + m[0].length;
    // “1元租金”, “1元咖啡”: a slogan in quotes, not an amount
    if (text[start - 1] === '“' || text[start - 1] === '"') continue;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 16);
    if (NOT_MONEY_AFTER.test(after) && !cur) continue;
    if (!cur) {
      // 650亿 without 元: money only when the clause talks about money (资金总需求达到650亿)
      if (/^[人次个家吨亩平立千瓦度户套辆件项名位元]/u.test(after)) continue;
      const clause = clauseBefore(text, start);
      if (!MONEY_CONTEXT.test(clause)) continue;
    }
    const macroClause = clauseBefore(text, start, 24);
    found.push({
      start,
      end,
      text: m[0],
      yuan: roundAmount(value),
      unit: mult.slice(-1) + (cur ?? ''),
      currency: cur ? CURRENCIES[cur]! : 'CNY',
      macro: MACRO.test(macroClause) || MACRO_AFTER.test(after),
      threshold: PER_UNIT_AFTER.test(after) || THRESHOLD_AFTER.test(after) || THRESHOLD_BEFORE.test(before),
      approximate: APPROX_BEFORE.test(before) || APPROX_AFTER.test(after) || Boolean(g.more),
    });
  }
  return found;
}

/** The text from the start of the clause containing `at` up to `at` (at most `max` characters back). */
export function clauseBefore(text: string, at: number, max = 40): string {
  let i = at;
  while (i > 0 && at - i < max && !CLAUSE_BREAK.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

/** Parses one amount written alone ('12.5亿元', '超120亿元', '约3.5亿元'); null if it is not one. */
export function parseAmount(input: string): number | null {
  const text = input.trim().replace(APPROX_BEFORE_ANY, '').replace(APPROX_AFTER_ANY, '');
  const m = /^(?<num>.+?)(?<more>多|余)?(?<cur>元人民币|美元|港元|港币|澳门元|欧元|元|人民币)?$/u.exec(text);
  if (!m?.groups?.num) return null;
  const value = parseChineseNumber(m.groups.num);
  return value === null || value === 0 ? null : value;
}
const APPROX_BEFORE_ANY = new RegExp(`^(${cues.approximateBefore.join('|')})`, 'u');
const APPROX_AFTER_ANY = new RegExp(`(${cues.approximateAfter.join('|')})$`, 'u');
