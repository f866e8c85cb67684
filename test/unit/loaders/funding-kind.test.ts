import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../loaders/recognise/amounts.js';
import { classifyFunding } from '../../../loaders/recognise/funding-kind.js';

/** Classifies the amount written as `amount` inside `text`. */
function classify(text: string, amount: string, year: number | null = 2023) {
  const mention = findAmounts(text).find((a) => a.text === amount);
  if (!mention) throw new Error(`no amount ${amount} in ${text}`);
  return classifyFunding(text, mention, year);
}

describe('classifyFunding', () => {
  it.each([
    ['项目总投资1032.09亿元', '1032.09亿元', 'TOTAL_INVESTMENT'],
    ['拟投资总额148.5亿元', '148.5亿元', 'TOTAL_INVESTMENT'],
    ['2023年度计划完成投资131亿元', '131亿元', 'PLANNED_INVESTMENT'],
    ['1-5月累计完成投资4.19亿元', '4.19亿元', 'COMPLETED_INVESTMENT'],
    ['向310家企业拨付场地租赁补贴近1360万元', '1360万元', 'SUBSIDY'],
    ['第一季度:通过专项债券资金总需求达到400亿元', '400亿元', 'BOND'],
    ['计划申请基金金额64.19亿元', '64.19亿元', 'FUND'],
    ['一季度安排项目前期费用1.1亿元', '1.1亿元', 'BUDGET'],
    ['一般公共预算收入22.6亿元', '22.6亿元', 'REVENUE'],
    ['项目贷款总需求558.88亿元', '558.88亿元', 'LOAN'],
    ['珠江钢管获得东非项目25亿元外贸大单', '25亿元', 'OTHER'],
  ])('%s → %s', (text, amount, kind) => {
    expect(classify(text, amount).kind).toBe(kind);
  });

  it('looks at the sentence when the clause has no cue', () => {
    expect(
      classify('积极申报2023年第二批专项债券,共申报68个项目,资金需求234.22亿元', '234.22亿元').kind,
    ).toBe('BOND');
  });

  it('reads 完成投资 in a quarterly plan as a target, in a progress line as done', () => {
    const plan = '第二季度:(华南绿能港)珠海LNG二期完成投资3亿元,实现全部工程完成过半。';
    expect(classify(plan, '3亿元')).toEqual({ kind: 'PLANNED_INVESTMENT', period: '2023-04/2023-06' });
    const progress = '1.加快推进珠海LNG二期工程建设,1-5月完成投资7.4亿元,超过时间进度4个百分点。';
    expect(classify(progress, '7.4亿元')).toEqual({
      kind: 'COMPLETED_INVESTMENT',
      period: '2023-01/2023-05',
    });
  });

  it.each([
    ['1-5月完成投资7.4亿元', '7.4亿元', '2023-01/2023-05'],
    ['上半年完成投资3亿元', '3亿元', '2023-01/2023-06'],
    ['第一季度:完成投资2亿元', '2亿元', '2023-01/2023-03'],
    ['第一、二季度:完成投资2亿元', '2亿元', '2023-01/2023-06'],
    ['2022年完成水利建设投资41.59亿元', '41.59亿元', '2022'],
    ['2022年1-5月完成投资7.4亿元', '7.4亿元', '2022-01/2022-05'],
    ['截至4月底,完成年度投资43亿元', '43亿元', '2023-01/2023-04'],
    ['政策性开发性金融工具全年申请基金金额达到70亿元', '70亿元', '2023'],
    ['投入1亿元暖企助企', '1亿元', null],
  ])('period of %s is %s', (text, amount, period) => {
    expect(classify(text, amount).period).toBe(period);
  });

  it('gives no period from 全年 when the document year is unknown', () => {
    expect(classify('全年申请基金金额达到70亿元', '70亿元', null).period).toBeNull();
  });

  it('reads the repaired artefact 第一季度 (was 头部季度) once cleaned', () => {
    expect(classify('第一季度:通过专项债券资金总需求达到400亿元', '400亿元').period).toBe('2023-01/2023-03');
  });

  it('takes the kind from a money noun right after the amount (2000万元补助资金)', () => {
    expect(classify('市本级财政每年安排2000万元补助资金,激励各县加大项目储备', '2000万元').kind).toBe(
      'SUBSIDY',
    );
    expect(classify('为供应商提供累计超过40亿元的融资贷款', '40亿元').kind).toBe('LOAN');
    // a cue further on is not the amount's noun
    expect(classify('通过专项债券资金总需求达到400亿元。第二季度:专项债券', '400亿元').kind).toBe('BOND');
  });

  it('reads money a programme leverages (拉动/撬动) as OTHER, not budget or loan', () => {
    expect(classify('投入财政资金1100万元,拉动企业科研资金投入1.1亿元', '1.1亿元').kind).toBe('OTHER');
    expect(classify('推进潭江河流治理工程,撬动社会资本14.62亿元', '14.62亿元').kind).toBe('OTHER');
    expect(classify('通过投入财政资金1100万元', '1100万元').kind).toBe('BUDGET');
  });
});
