import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extract.js';

describe('document metadata read off the text', () => {
  it('a district work report: title, genre, jurisdiction, issuer', () => {
    const doc = extract(
      '导航菜单\n\n(广东省)珠海市金湾区人民政府工作报告(2024年)\n\n各位代表:\n现在,我代表金湾区人民政府,向大会报告政府工作。\n',
    ).documents[0]!;
    expect(doc).toMatchObject({
      title: '(广东省)珠海市金湾区人民政府工作报告(2024年)',
      genre: 'WORK_REPORT',
      jurisdiction: '珠海市金湾区',
      issuer: '珠海市金湾区人民政府',
    });
  });

  it('a task notice of another province: the issuer a field names, the date of its 发布日期', () => {
    const doc = extract(
      '发布机构:河南省人民政府\n发布日期:2023-03-25\n河南省人民政府关于明确重点工作责任单位的通知\n1.落实好提振市场信心措施。(省发展改革委牵头)\n',
    ).documents[0]!;
    expect(doc).toMatchObject({
      genre: 'TASK_TABLE',
      jurisdiction: '河南省',
      issuer: '河南省人民政府',
      date: '2023-03-25',
    });
  });

  it('a text that names its street once in full and then by its short name speaks for the street', () => {
    const doc = extract(
      '一、2024年工作总结\n龙岗区工业投资总量全区第一,成立龙岗区直播电商行业协会。平湖智造园、平湖智创园交付使用。\n落实《平湖街道企业服务工作方案》,打造“商在平湖”品牌。\n',
    ).documents[0]!;
    expect(doc).toMatchObject({ jurisdiction: '深圳市龙岗区平湖街道', issuer: '深圳市龙岗区平湖街道办事处' });
  });

  it('a column tag or a contents entry is no title: a bulletin whose first line is 【落实稳经济政策】 stays a bulletin', () => {
    const doc = extract(
      '【落实稳经济政策】\n●江海区推动招商引资持续提质增效\n江海区推动招商引资持续提质增效\n江海区对重点项目给予奖励和补助。\n(江海区政府供稿)\n市财政局推进政府采购工作\n市财政局推进采购。\n(市财政局供稿)\n',
    ).documents[0]!;
    expect(doc).toMatchObject({ title: '江海区推动招商引资持续提质增效', genre: 'BULLETIN' });
  });

  it('a street’s work summary speaks for the street (its 办事处)', () => {
    const doc = extract('深圳市龙岗区平湖街道2024年工作总结\n这一年,平湖街道推动平湖智造园交付使用。\n')
      .documents[0]!;
    expect(doc).toMatchObject({ jurisdiction: '深圳市龙岗区平湖街道', issuer: '深圳市龙岗区平湖街道办事处' });
  });

  it('a manifest’s metadata wins over the text', () => {
    const doc = extract('珠海市工作简报\n', {
      jurisdiction: '江门市',
      issuer: '江门市人民政府',
      genre: 'BULLETIN',
      title: 't',
      date: null,
    }).documents[0]!;
    expect(doc).toMatchObject({ jurisdiction: '江门市', issuer: '江门市人民政府' });
  });
});
