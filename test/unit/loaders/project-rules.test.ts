/**
 * Rules that keep descriptions, document titles, money instruments and enumerations from becoming
 * projects of their own (loaders/recognise/projects.ts), and where a fact about a whole list goes.
 */
import { describe, expect, it } from 'vitest';
import { findProjectMentions } from '../../../loaders/recognise/projects.js';
import { extract } from '../../support/extract.js';

function mentions(text: string) {
  return findProjectMentions(text, { start: 0, end: text.length });
}
function projects(text: string): string[] {
  return mentions(text)
    .filter((m) => !m.aggregate)
    .map((m) => m.name);
}

describe('projects: public-service and zone heads', () => {
  it('艺术中心, 颐养园, 综合保税区 and 物流中心 end project names', () => {
    expect(projects('金湾艺术中心对外开放运营')).toEqual(['金湾艺术中心']);
    expect(projects('金湾颐养园正式对外运营')).toEqual(['金湾颐养园']);
    expect(projects('高栏港综合保税区正式封关运营')).toEqual(['高栏港综合保税区']);
    expect(projects('加快建设高栏港综合保税区物流分拨中心')).toEqual(['高栏港综合保税区物流分拨中心']);
  });
});

describe('projects: what is not a name', () => {
  it('a description before the name (全市首个…项目) is an apposition, not part of the name', () => {
    expect(projects('全市首个大型集中式光伏项目三灶鱼林村光伏复合项目实现全容量并网')).toEqual([
      '三灶鱼林村光伏复合项目',
    ]);
    // without a description marker an inner 项目 stays in the name
    expect(projects('完成市中心粮库二期项目中仓储建安工程施工')).toContain(
      '市中心粮库二期项目中仓储建安工程',
    );
  });

  it('a generic head followed by a noun modifies that noun (多渠道解决项目土地)', () => {
    expect(projects('多渠道解决项目土地、资金问题')).toEqual([]);
  });

  it('an adverb before a verb makes the words a clause (一律签订制式项目)', () => {
    expect(projects('工业用地出让一律签订制式项目监管协议')).toEqual([]);
  });

  it('a generic head followed by 的 modifies what follows (年度投资计划的42.1%)', () => {
    expect(projects('完成年度投资计划的42.1%')).toEqual([]);
  });

  it('a head inside a document title names a project only as the whole title', () => {
    expect(projects('积极配合制定《珠海市产业项目“拿地即开工”改革落地标准流程指引》')).toEqual([]);
    expect(projects('落实《广东省能源发展“十四五”规划》中期评估')).toEqual(['广东省能源发展“十四五”规划']);
  });

  it('money instruments are funding, only a dated batch is a programme', () => {
    expect(projects('同时成立地方政府专项债券工作专班')).toEqual([]);
    expect(projects('重点提高产业配套基础设施专项债项目的储备规模')).toEqual([]);
    expect(projects('积极申报2023年第二批专项债券')).toEqual(['2023年第二批专项债券']);
  });

  it('a parenthesis opening the clause is a label, not part of the name', () => {
    const names = projects(
      '第二季度:(洪湾二期天然气热电联产)继续洪湾二期天然气热电联产项目生产区主体建筑建设',
    );
    expect(names).toContain('洪湾二期天然气热电联产项目');
    expect(names.some((n) => n.includes('继续'))).toBe(false);
  });

  it('the end points of a route segment are not projects (情侣南路(横琴大桥至横琴二桥段))', () => {
    expect(projects('情侣南路(横琴大桥至横琴二桥段)')).toEqual([]);
  });

  it('a bare level after a list of levels is every such body (市、区政务服务大厅)', () => {
    expect(projects('在市、区政务服务大厅设立窗口')).toEqual([]);
  });
});

describe('enumerations', () => {
  it('"A、B等项目" keeps the items; the list is an aggregate, not a project', () => {
    const found = mentions('推动南湾大道、洪湾大道等项目建设');
    expect(found.filter((m) => !m.aggregate).map((m) => m.name)).toEqual(['南湾大道', '洪湾大道']);
    expect(found.filter((m) => m.aggregate).map((m) => m.name)).toEqual(['南湾大道、洪湾大道等项目']);
  });

  it('a category after 等 makes the list a project of its own', () => {
    const found = mentions('加快推进十字门隧道、杧洲隧道等一批在建的互联互通项目');
    expect(found.filter((m) => m.group && !m.aggregate).map((m) => m.name)).toEqual([
      '十字门隧道、杧洲隧道等一批在建的互联互通项目',
    ]);
  });

  it('an amount after an aggregate goes to the project the sentence is about, not to the last item', () => {
    const g = extract(
      '加强合作区“二线”通道及周边基础设施建设,南湾大道改造工程、洪湾大道市政道路工程等项目1-5月完成投资1.78亿元。',
      'TASK_TABLE',
    );
    const names = new Map(g.nodes.map((n) => [n.id, n.name]));
    const funds = g.edges.filter((e) => e.type === 'FUNDS').map((e) => names.get(e.to));
    expect(funds).toHaveLength(1);
    expect(funds[0]).toMatch(/合作区“二线”通道及周边基础设施建设$/);
    expect(g.nodes.some((n) => n.name.includes('等项目'))).toBe(false);
  });
});
