import { describe, expect, it } from 'vitest';
import { extract, roles } from '../../support/extract.js';

describe('roles from the units a document names', () => {
  it('a closing parenthesis: cued units lead, the rest assist; 按职责分工负责 makes every listed unit lead', () => {
    const graph = extract(
      '河南省人民政府关于明确重点工作责任单位的通知\n' +
        '1.落实好提振市场信心措施。(省发展改革委牵头,省商务厅、财政厅按职责分工负责)\n' +
        '2.激活房地产市场。(省住房城乡建设厅牵头,省自然资源厅配合)\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 河南省自然资源厅 → 激活房地产市场',
      'LEADS 河南省住房和城乡建设厅 → 激活房地产市场',
      'LEADS 河南省发展和改革委员会 → 落实好提振市场信心措施',
      'LEADS 河南省商务厅 → 落实好提振市场信心措施',
      'LEADS 河南省财政厅 → 落实好提振市场信心措施',
    ]);
  });

  it('a generic group anywhere in a unit parenthesis (市级各有关部门, 各县市区政府) is no reason to drop the list', () => {
    const graph = extract(
      '宝鸡市优化营商环境工作要点\n' +
        '1.全面实施行政许可事项清单管理。(市政府办公室牵头,市级各有关部门及各县市区政府按职责分工负责)\n',
    );
    expect(roles(graph)).toEqual(['LEADS 宝鸡市人民政府办公室 → 全面实施行政许可事项清单管理']);
  });

  it('a role marker after one unit of a label list: that unit leads, the others listed with it assist', () => {
    const graph = extract(
      '赣州市重点任务分工方案\n1.加快建设城市轨道交通3号线。责任单位:市交通运输局(牵头)、市发展改革委、市财政局。\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 赣州市发展和改革委员会 → 加快建设城市轨道交通3号线',
      'ASSISTS 赣州市财政局 → 加快建设城市轨道交通3号线',
      'LEADS 赣州市交通运输局 → 加快建设城市轨道交通3号线',
    ]);
  });

  it('a line closed by its units after a numbered item that already closed with its own is a task of its own', () => {
    const graph = extract(
      '广州市重点工作责任分工\n(一)加快建设汽车产业基地。(牵头单位:市经贸委;配合单位:市发改委)\n?。推进石化基地建设。(牵头单位:市发改委;配合单位:市规划局)\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 广州市发展和改革委员会 → 加快建设汽车产业基地',
      'ASSISTS 广州市规划局 → 推进石化基地建设',
      'LEADS 广州市发展和改革委员会 → 推进石化基地建设',
      'LEADS 广州市经济贸易委员会 → 加快建设汽车产业基地',
    ]);
  });

  it('a declared convention: the first listed unit leads, the others assist', () => {
    const graph = extract(
      '浙江省政府工作报告重点工作责任分解\n' +
        '1.坚持政府过紧日子,严控一般性支出。\n责任单位:省财政厅、省发展改革委(列第一位的为牵头单位,下同)\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 浙江省发展和改革委员会 → 坚持政府过紧日子',
      'LEADS 浙江省财政厅 → 坚持政府过紧日子',
    ]);
  });

  it('a flattened table: the unit cells of a row take the roles of the header’s columns', () => {
    const graph = extract(
      '广州市重点工作责任分工\n序号\n重点工作\n牵头单位\n配合单位\n1\n加快建设大湾区国家技术创新中心。\n市科技局\n黄埔区、南沙区政府\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 广州市南沙区人民政府 → 加快建设大湾区国家技术创新中心',
      'ASSISTS 广州市黄埔区人民政府 → 加快建设大湾区国家技术创新中心',
      'LEADS 广州市科学技术局 → 加快建设大湾区国家技术创新中心',
    ]);
  });

  it('a table with its rows on one line, cells split by tabs or |', () => {
    for (const sep of ['\t', ' | ']) {
      const graph = extract(
        `珠海市重点工作任务分工表\n序号${sep}重点任务${sep}牵头单位${sep}配合单位\n1${sep}推进老旧小区改造${sep}市住房城乡建设局${sep}市财政局\n`,
      );
      expect(roles(graph)).toEqual([
        'ASSISTS 珠海市财政局 → 推进老旧小区改造',
        'LEADS 珠海市住房和城乡建设局 → 推进老旧小区改造',
      ]);
    }
  });

  it('a table with one unit column, or its cells split by single spaces: each row’s units, the task its cell that names no unit', () => {
    const oneColumn = extract(
      '南平市2024年重点工作任务清单\n序号\t重点任务\t责任单位\t完成时限\n1\t推进老旧小区改造\t市住房城乡建设局、市财政局\t2024年底\n',
    );
    expect(roles(oneColumn)).toEqual([
      'LEADS 南平市住房和城乡建设局 → 推进老旧小区改造',
      'LEADS 南平市财政局 → 推进老旧小区改造',
    ]);
    const spaced = extract(
      '南平市2024年重点工作任务清单\n序号 重点任务 牵头单位 配合单位 完成时限\n1 推进老旧小区改造 市住房城乡建设局 各县(市、区)政府 2024年底\n',
    );
    expect(roles(spaced)).toEqual(['LEADS 南平市住房和城乡建设局 → 推进老旧小区改造']);
  });

  it('an unnumbered paragraph followed by its units is a task', () => {
    const graph = extract('珠海市重点工作分工\n加快推进航空新城二期建设。\n责任单位:市发展改革局\n');
    expect(roles(graph)).toEqual(['LEADS 珠海市发展和改革局 → 加快推进航空新城二期建设']);
  });

  it('X会同Y推进P: X leads P and its partner Y assists', () => {
    const graph = extract(
      '肇庆市重点项目建设取得新进展\n市交通运输局会同市自然资源局加快推进怀阳高速肇庆段工程。\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 肇庆市自然资源局 → 怀阳高速肇庆段工程',
      'LEADS 肇庆市交通运输局 → 怀阳高速肇庆段工程',
    ]);
  });

  it('由X负责 and X牵头 make X lead the work the sentence states', () => {
    const graph = extract(
      '珠海市重点工作落实情况表\n依托中海油珠海LNG项目建设华南绿能港:该工作由市发展改革局牵头负责。\n',
    );
    expect(roles(graph)).toContain('LEADS 珠海市发展和改革局 → 华南绿能港');
  });
});

describe('implicit actors', () => {
  it('the issuer of a work report leads the works its subjectless clauses do, and assists those it helps with', () => {
    const graph = extract(
      '珠海市金湾区人民政府工作报告\n各位代表:\n一年来,我们高质量完成金湖公园一期工程建设,协力推进珠海机场改扩建工程。\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 珠海市金湾区人民政府 → 珠海机场改扩建工程',
      'LEADS 珠海市金湾区人民政府 → 金湖公园一期工程',
    ]);
  });

  it('a body that opens its clause is the actor, and a partner after 与 assists', () => {
    const graph = extract(
      '江门市工作简报\n江海区与中国科学院大学共建“江海智慧安全应急联合实验室”。\n(江海区政府供稿)\n',
    );
    expect(roles(graph)).toEqual([
      'ASSISTS 中国科学院大学 → 江海智慧安全应急联合实验室',
      'LEADS 江门市江海区人民政府 → 江海智慧安全应急联合实验室',
    ]);
  });

  it('a task table gives its issuer no role in the tasks it hands out', () => {
    const graph = extract('珠海市重点工作任务分工\n1.推进老旧小区改造。(市住房城乡建设局牵头)\n');
    expect(roles(graph)).toEqual(['LEADS 珠海市住房和城乡建设局 → 推进老旧小区改造']);
  });
});
