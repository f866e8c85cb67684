/**
 * Where an amount goes in work reports and bulletins (loaders/link/funding.ts): named projects get
 * their money, statistics over themes or counted projects get none.
 */
import { describe, expect, it } from 'vitest';
import { taskTakesMoney } from '../../../loaders/link/funding.js';
import { findAmounts } from '../../../loaders/recognise/amounts.js';
import { findProjectMentions } from '../../../loaders/recognise/projects.js';
import type { Genre } from '../../../src/model/graph-json.js';
import { extract } from '../../support/extract.js';

function funds(text: string, genre: Genre): string[] {
  const graph = extract(text, genre, { issuer: '珠海市金湾区人民政府', jurisdiction: '珠海市金湾区' });
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.type === 'FUNDS')
    .map((e) => `${names.get(e.from)} → ${names.get(e.to)}`);
}

describe('funding targets', () => {
  it('an amount in a work-report section that names no project is a statistic', () => {
    expect(
      funds('(六)用心用情惠民生,发展基础更牢。十件民生实事全面完成,九项民生投入近48亿元。', 'WORK_REPORT'),
    ).toEqual([]);
  });

  it('投入X元建设P and 总投资X元的P fund P', () => {
    expect(funds('投入5600万元建设高新区社会福利中心,实现全覆盖。', 'WORK_REPORT')).toEqual([
      '5600万元 → 高新区社会福利中心',
    ]);
  });

  it('总投资X元的A names A as a project even without a head noun', () => {
    expect(
      funds(
        '全年新引进制造业项目154个,总投资100亿元的埃克森新能源(珠海)储能电池、总投资超30亿元的联邦动保及头孢类生物医药等16个产业立柱项目占据全市总投资近一半规模。',
        'WORK_REPORT',
      ),
    ).toEqual(['100亿元 → 埃克森新能源(珠海)储能电池', '30亿元 → 联邦动保及头孢类生物医药']);
  });

  it('a total over counted projects does not fund the article it stands in', () => {
    expect(
      funds('市商务局推进招商引资工作\n2023年已招引项目15个,总投资额超120亿元。\n(市商务局供稿)', 'BULLETIN'),
    ).toEqual([]);
  });

  it("a bulletin article's numbered point is a theme, its title and a point naming a work are not", () => {
    const article =
      '市水利局推进水利建设\n市水利局加大投入。\n一、系统谋划水利项目储备。市本级财政每年安排2000万元补助资金。\n' +
      '二、示范引领激发投资动能。鹤山市获得上级补助资金1.85亿元。\n(市水利局供稿)';
    expect(funds(article, 'BULLETIN')).toEqual(['2000万元 → 系统谋划水利项目储备']);
    expect(taskTakesMoney('BULLETIN', '', '市科技局积极推进科技项目“揭榜挂帅”')).toBe(true);
    expect(taskTakesMoney('BULLETIN', '三、', '示范引领激发投资动能')).toBe(false);
    expect(taskTakesMoney('POLICY', '三、', '建立容缺办理机制')).toBe(true);
    expect(taskTakesMoney('WORK_REPORT', '', '全力以赴拼经济')).toBe(false);
  });

  it('output and trade figures after an amount are statistics (贡献超1000亿元的产值)', () => {
    expect(findAmounts('预计建成达产后将贡献超1000亿元的产值')[0]?.macro).toBe(true);
  });

  it('budget revenue is a statistic; a date with a generic head names no programme', () => {
    expect(findAmounts('政府性基金预算收入347.22亿元')[0]?.macro).toBe(true);
    const names = (t: string) => findProjectMentions(t, { start: 0, end: t.length }).map((m) => m.name);
    expect(names('2023年度计划完成投资131亿元')).toEqual([]);
    expect(names('申报2023年专项债项目已获分配额度25亿元')).toEqual(['2023年专项债项目']);
  });

  it('a counted name is a category, a dated batch is a programme', () => {
    const names = (t: string) => findProjectMentions(t, { start: 0, end: t.length }).map((m) => m.name);
    expect(names('全年新引进制造业项目154个')).toEqual([]);
    expect(names('储备2023年政策性开发性金融工具项目63个')).toEqual(['2023年政策性开发性金融工具项目']);
    expect(names('投入近100亿元系统布局产业新空间')).toEqual([]);
  });
});
