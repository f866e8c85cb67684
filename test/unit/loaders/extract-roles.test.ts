/**
 * The extractor end to end on small hand-written documents: one cue per test.
 */
import { describe, expect, it } from 'vitest';
import type { Genre, GraphJson } from '../../../src/model/graph-json.js';
import { extract as extractIssued } from '../../support/extract.js';

/** These documents name no issuer: every unit is named in the text. */
function extract(text: string, genre: Genre, jurisdiction = '珠海市'): GraphJson {
  return extractIssued(text, genre, { jurisdiction, issuer: '' });
}

function roles(g: GraphJson, type: 'LEADS' | 'ASSISTS'): string[] {
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges.filter((e) => e.type === type).map((e) => `${name.get(e.from)} > ${name.get(e.to)}`);
}

describe('roles', () => {
  it('(A、B牵头) after a policy measure: every unit is a co-lead of the measure', () => {
    const g = extract(
      '一、建立容缺办理、并联审批机制。大力推行“容缺审批”,全流程在线办理。(市政务服务数据管理局、市发展改革局、市住房城乡建设局牵头)\n',
      'POLICY',
    );
    expect(roles(g, 'LEADS').sort()).toEqual([
      '珠海市住房和城乡建设局 > 建立容缺办理、并联审批机制',
      '珠海市发展和改革局 > 建立容缺办理、并联审批机制',
      '珠海市政务服务数据管理局 > 建立容缺办理、并联审批机制',
    ]);
  });

  it('该工作由…负责: the unit leads the work described before it', () => {
    const g = extract(
      '依托高栏港神华码头谋划打造华南煤炭贸易集散中心:该工作由市发展改革局牵头负责。工作计划如下:\n',
      'TASK_TABLE',
    );
    const leads = roles(g, 'LEADS');
    expect(leads).toContain('珠海市发展和改革局 > 华南煤炭贸易集散中心');
    // the base it relies on is not led by the unit
    expect(leads.some((l) => l.endsWith('> 高栏港神华码头'))).toBe(false);
  });

  it('负责 at the start of a row line leads the row task and the project it pushes', () => {
    const g = extract(
      '51推进海洋重工、海上风电、物流码头等重点项目建设。杨川\n市交通运输局负责物流码头建设,推动珠海港高栏港区国能散货码头工程开工建设。\n',
      'TASK_TABLE',
    );
    const leads = roles(g, 'LEADS');
    expect(leads).toContain('珠海市交通运输局 > 推进海洋重工、海上风电、物流码头等重点项目建设');
    expect(leads).toContain('珠海市交通运输局 > 珠海港高栏港区国能散货码头工程');
  });

  it('…等有关单位 (assisting-unit cell) assists the row task', () => {
    const g = extract(
      '51推进海洋重工、海上风电、物流码头等重点项目建设。杨川\n市生态环境局等有关单位市发展改革局负责海上风电项目建设,推动珠海高栏海上风电纳入全省风电场址。\n',
      'TASK_TABLE',
    );
    expect(roles(g, 'ASSISTS')).toEqual([
      '珠海市生态环境局 > 推进海洋重工、海上风电、物流码头等重点项目建设',
    ]);
    expect(roles(g, 'LEADS')).toContain(
      '珠海市发展和改革局 > 推进海洋重工、海上风电、物流码头等重点项目建设',
    );
  });

  it('配合A制定P: the unit being helped leads P', () => {
    const g = extract(
      '积极配合市发展改革局制定《珠海市产业项目“拿地即开工”改革落地标准流程指引》,已印发实施。\n',
      'TASK_TABLE',
    );
    expect(roles(g, 'LEADS')).toEqual([
      '珠海市发展和改革局 > 珠海市产业项目“拿地即开工”改革落地标准流程指引',
    ]);
  });

  it('(A配合) is an assisting role', () => {
    const g = extract('一、建设智慧园区平台。完善园区服务。(市工业和信息化局牵头,市财政局配合)\n', 'POLICY');
    expect(roles(g, 'LEADS')).toContain('珠海市工业和信息化局 > 建设智慧园区平台');
    expect(roles(g, 'ASSISTS')).toContain('珠海市财政局 > 建设智慧园区平台');
  });

  it('供稿: the contributing body leads the article title project', () => {
    const g = extract(
      '市科技局积极推进科技项目“揭榜挂帅”\n市科技局积极推进重大科技项目“揭榜挂帅”,成效明显。\n(市科技局供稿)\n',
      'BULLETIN',
      '江门市',
    );
    expect(roles(g, 'LEADS')).toContain('江门市科学技术局 > 科技项目“揭榜挂帅”');
  });

  it("a bulletin title's work ends at a second verb or an outcome word", () => {
    const g = extract(
      '新会区深入推进工程建设项目改革打造企业全生命周期服务链\n新会区坚持制造业当家。\n(新会区政府供稿)\n' +
        '江海区推动招商引资持续提质增效\n江海区把招商引资作为经济工作的抓手。\n(江海区政府供稿)\n',
      'BULLETIN',
      '江门市',
    );
    const leads = roles(g, 'LEADS');
    expect(leads).toContain('江门市新会区人民政府 > 工程建设项目改革');
    expect(leads).toContain('江门市江海区人民政府 > 招商引资');
    expect(leads.join()).not.toContain('服务链');
  });

  it('a task-table row gives the responsible leader (OVERSEES) and the lead units', () => {
    const g = extract(
      '102加快洪湾二期天然气热电联产等骨干电源项目,推进临港等气电项目前期工作。杨川市发展改革局市自然资源局\n市委李彬副书记、杨川常务副市长等市领导前往调研。\n',
      'TASK_TABLE',
    );
    const person = g.nodes.find((n) => n.label === 'Person');
    expect(person?.name).toBe('杨川'); // not 杨川市: there is no such city
    expect(person?.props.title).toBe('常务副市长');
    expect(g.edges.some((e) => e.type === 'OVERSEES' && e.from === person?.id)).toBe(true);
    expect(roles(g, 'LEADS').sort()).toEqual([
      '珠海市发展和改革局 > 加快洪湾二期天然气热电联产等骨干电源项目',
      '珠海市自然资源局 > 加快洪湾二期天然气热电联产等骨干电源项目',
    ]);
  });

  it('头部季度 (web artefact for 第一季度) is a quarterly plan, and quotes keep the original text', () => {
    const text =
      '51推进海洋重工等重点项目建设。杨川\n头部季度:市发改局和鹤洲新区筹备组牵头,成立担杆海上风电项目前期推进工作小组。\n';
    const g = extract(text, 'TASK_TABLE');
    const leads = roles(g, 'LEADS');
    expect(leads).toContain('珠海市发展和改革局 > 担杆海上风电项目');
    expect(leads).toContain('珠海市鹤洲新区筹备组 > 担杆海上风电项目');
    // a quarterly plan line is not a new task
    expect(g.nodes.some((n) => n.name.includes('季度'))).toBe(false);
    for (const e of g.edges) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  });
});
