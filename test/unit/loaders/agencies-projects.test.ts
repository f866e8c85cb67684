/**
 * Agency recognition and resolution (short forms, 我局, the document's jurisdiction), project
 * recognition (enumerations, phases, the jieba trap) and dependency cues.
 */
import { describe, expect, it } from 'vitest';
import { findAgencyMentions } from '../../../loaders/recognise/agencies.js';
import { AgencyResolver } from '../../../loaders/resolve/agencies.js';
import { findProjectMentions } from '../../../loaders/recognise/projects.js';
import { extract } from '../../support/extract.js';

function canonical(text: string, jurisdiction: string, issuer: string | null = null): string[] {
  const resolver = new AgencyResolver({ name: jurisdiction, issuer });
  return findAgencyMentions(text).map((m) => resolver.resolve(m)?.name ?? `?${m.surface}`);
}

function projects(text: string): string[] {
  return findProjectMentions(text, { start: 0, end: text.length }).map((m) => m.name);
}

describe('agencies', () => {
  it('short forms and typos resolve to the standard name with the jurisdiction prefix', () => {
    expect(
      canonical('市发改局、市发展改革局、市住建局、市住房城乡建设局、市人力资源和保障局', '珠海市'),
    ).toEqual([
      '珠海市发展和改革局',
      '珠海市发展和改革局',
      '珠海市住房和城乡建设局',
      '珠海市住房和城乡建设局',
      '珠海市人力资源和社会保障局',
    ]);
  });

  it('the jurisdiction comes from the document: 市财政局 in a Jiangmen bulletin is 江门市财政局', () => {
    expect(canonical('市财政局', '江门市')).toEqual(['江门市财政局']);
    expect(canonical('区财政局', '珠海市金湾区')).toEqual(['珠海市金湾区财政局']);
    expect(canonical('省商务厅', '珠海市')).toEqual(['广东省商务厅']);
    expect(canonical('阳江市发展和改革局', '珠海市')).toEqual(['阳江市发展和改革局']);
  });

  it('我局 is the issuing body', () => {
    expect(canonical('5月22日,我局将报告上报市政府', '珠海市', '珠海市发展和改革局')[0]).toBe(
      '珠海市发展和改革局',
    );
  });

  it('the jieba trap: 住房和城乡建设局 is one agency, not 住房/和/城乡/建设局', () => {
    const mentions = findAgencyMentions('市住房和城乡建设局负责');
    expect(mentions.map((m) => [m.surface, m.body])).toEqual([['市住房和城乡建设局', '住房和城乡建设局']]);
  });

  it('a person glued to a unit is not a city (杨川市发展改革局 → 市发展改革局)', () => {
    expect(findAgencyMentions('杨川市发展改革局').map((m) => m.surface)).toEqual(['市发展改革局']);
  });

  it('task forces get the jurisdiction and the TASK_FORCE kind', () => {
    const resolver = new AgencyResolver({ name: '珠海市', issuer: null });
    const [m] = findAgencyMentions('成立市级政府性资金事前绩效评估领导小组,');
    expect(m && resolver.resolve(m)).toMatchObject({
      name: '珠海市政府性资金事前绩效评估领导小组',
      kind: 'TASK_FORCE',
    });
    const [z] = findAgencyMentions('市发改局和鹤洲新区筹备组牵头').slice(1);
    expect(z && resolver.resolve(z)?.name).toBe('珠海市鹤洲新区筹备组');
  });

  it('aliases collect every surface form of a body in a document, 我局 included', () => {
    const g = extract(
      '一、推进华南绿能港建设。做好服务。(市发改局牵头)\n我局将报告上报。珠海市发展和改革局、市发展改革局参加。\n',
      'POLICY',
    );
    const node = g.nodes.find((n) => n.id === 'agency:珠海市发展和改革局');
    expect(node?.aliases).toEqual(expect.arrayContaining(['市发改局', '我局', '市发展改革局']));
  });
});

describe('projects', () => {
  it('enumerations split, and the 等 group is one more project', () => {
    const names = projects('加快推进十字门隧道、黑白面将军山隧道、杧洲隧道等一批在建的互联互通项目。');
    expect(names).toEqual(expect.arrayContaining(['十字门隧道', '黑白面将军山隧道', '杧洲隧道']));
    expect(names.some((n) => n.startsWith('十字门隧道、') && n.endsWith('互联互通项目'))).toBe(true);
  });

  it('counted or generic heads are not projects', () => {
    expect(projects('推动457个项目开工、387个在建项目提速,提高重大项目开工率。')).toEqual([]);
  });

  it('quoted names keep their quotes and the words inside', () => {
    expect(projects('统筹推进“三个一批”项目建设')).toEqual(['“三个一批”项目']);
  });

  it('phases are distinct projects with NEXT_PHASE, and 纳入 makes PART_OF', () => {
    const g = extract(
      '第一季度:珠海LNG二期完成投资2亿元。珠海LNG三期开始可研报告编制,协调省能源局将珠海LNG三期纳入省能源规划。\n',
      'TASK_TABLE',
    );
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const deps = g.edges
      .filter((e) => e.type === 'DEPENDS_ON')
      .map((e) => `${name.get(e.from)} ${e.props.kind} ${name.get(e.to)}`);
    expect(deps).toContain('珠海LNG三期 NEXT_PHASE 珠海LNG二期');
    expect(deps).toContain('珠海LNG三期 PART_OF 省能源规划');
  });

  it('依托 gives RELIES_ON, 如果…纳入…将 gives PRECONDITION, 配套工程 gives SUPPORTS', () => {
    const g = extract(
      '依托中海油珠海LNG项目建设华南绿能港。\n如果临港天然气热电联产项目顺利纳入全省“十四五”能源规划中期调整,将开展项目用地采购。\n保障了高新区500kv金鼎站配套工程等项目用林需求。\n',
      'TASK_TABLE',
    );
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const deps = g.edges
      .filter((e) => e.type === 'DEPENDS_ON')
      .map((e) => `${name.get(e.from)} ${e.props.kind} ${name.get(e.to)}`);
    expect(deps).toContain('华南绿能港 RELIES_ON 中海油珠海LNG项目');
    expect(deps.some((d) => d.startsWith('临港天然气热电联产项目 PRECONDITION'))).toBe(true);
    expect(deps).toContain('高新区500kv金鼎站配套工程 SUPPORTS 高新区500kv金鼎站');
  });
});
