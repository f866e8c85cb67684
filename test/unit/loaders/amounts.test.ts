import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmount } from '../../../loaders/recognise/amounts.js';
import { parseChineseNumber } from '../../../loaders/recognise/chinese-number.js';

describe('parseChineseNumber', () => {
  it.each([
    ['十二亿五千万', 1_250_000_000],
    ['12.5亿', 1_250_000_000],
    ['5422万', 54_220_000],
    ['1.2万亿', 1_200_000_000_000],
    ['二〇二四', 2024],
    ['一九九七', 1997],
    ['一百零五', 105],
    ['十二', 12],
    ['两千三百万', 23_000_000],
    ['3千万', 30_000_000],
    ['十二万三千', 123_000],
    ['１２．５亿', 1_250_000_000],
    ['1,200万', 12_000_000],
    ['4.19亿', 419_000_000],
    ['壹佰贰拾万', 1_200_000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['亿', '万', '', '一体化', 'abc'])('%s is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('parseAmount', () => {
  it.each([
    ['12.5亿元', 1_250_000_000],
    ['5422万元', 54_220_000],
    ['4.19亿元', 419_000_000],
    ['1.2万亿元', 1_200_000_000_000],
    ['3000元', 3000],
    ['超120亿元', 12_000_000_000],
    ['约3.5亿元', 350_000_000],
    ['1,200万元', 12_000_000],
    ['１２００万元', 12_000_000],
    ['十二亿五千万元', 1_250_000_000],
    ['2亿多元', 200_000_000],
  ])('%s → %d yuan', (text, yuan) => {
    expect(parseAmount(text)).toBe(yuan);
  });

  it('an amount with no number is not an amount', () => {
    expect(parseAmount('亿元以上')).toBeNull();
    expect(parseAmount('元')).toBeNull();
  });
});

describe('findAmounts', () => {
  const texts = (s: string) => findAmounts(s).map((a) => a.text);

  it('finds money with offsets and yuan values', () => {
    const text = '珠海LNG二期工程,1-5月完成投资7.4亿元,项目总投资十二亿五千万元;另获补助5422万元。';
    const found = findAmounts(text);
    expect(found.map((a) => [a.text, a.yuan])).toEqual([
      ['7.4亿元', 740_000_000],
      ['十二亿五千万元', 1_250_000_000],
      ['5422万元', 54_220_000],
    ]);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('accepts 亿 without 元 only in a money clause', () => {
    expect(texts('预计专项债全年审核通过资金总需求达到650亿,')).toEqual(['650亿']);
    expect(texts('力争形成十亿以上外贸进出口量')).toEqual([]);
  });

  it('does not take counts, percentages, volumes or visitors for money', () => {
    expect(
      texts('新增3330个学位,储罐27万立方米,储备粮2.5万吨,接待游客1.2亿人次,增长6.6%,装机120万千瓦'),
    ).toEqual([]);
    expect(texts('引进亿元以上项目110个')).toEqual([]);
  });

  it('marks currency', () => {
    const [usd] = findAmounts('合同金额5000万美元');
    expect(usd).toMatchObject({ yuan: 50_000_000, currency: 'USD' });
  });

  it('flags macro statistics', () => {
    const [gdp, fund] = findAmounts('全年实现地区生产总值887亿元。兑现各级扶持资金2.55亿元');
    expect(gdp).toMatchObject({ yuan: 88_700_000_000, macro: true });
    expect(fund).toMatchObject({ yuan: 255_000_000, macro: false });
  });

  it('flags prices per unit and eligibility thresholds', () => {
    const found = findAmounts(
      '对固定资产投资额5亿元(含)以上且投资强度不低于400万元/亩的项目,投入超1500万元办好民生微实事',
    );
    expect(found.map((a) => [a.text, a.threshold, a.approximate])).toEqual([
      ['5亿元', true, true],
      ['400万元', true, true],
      ['1500万元', false, true],
    ]);
  });

  it('skips slogans in quotes', () => {
    expect(texts('持续拓展“1元租金”“1元咖啡”等创新创业服务')).toEqual([]);
  });
});
