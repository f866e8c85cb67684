import { describe, expect, it } from 'vitest';
import { namesIn } from '../../../loaders/recognise/projects/names.js';
import { edges, extract } from '../../support/extract.js';

const names = (text: string): string[] =>
  namesIn(text, { start: 0, end: text.length }, () => false).map((n) => n.name);

describe('project names', () => {
  it('the document itself, named in its title, is no project', () => {
    const graph = extract('赣州市落实政府工作报告重点任务分工方案\n1.推进老旧小区改造。责任单位:市住建局\n');
    const projects = graph.nodes.filter((n) => n.label === 'Project').map((n) => n.name);
    expect(projects).toEqual(['推进老旧小区改造']);
  });

  it('splits coordinated names and drops the work word after them', () => {
    expect(names('珠海机场改扩建工程、机场综合交通枢纽、空港国际智慧物流园建设')).toEqual([
      '珠海机场改扩建工程',
      '机场综合交通枢纽',
      '空港国际智慧物流园',
    ]);
  });

  it('items of a list that names its category are projects without a head of their own', () => {
    expect(names('埃克森新能源、先导智能、华灿光电等44个重点产业项目')).toEqual([
      '埃克森新能源',
      '先导智能',
      '华灿光电',
    ]);
  });

  it('a short item shares the head of the full name after it', () => {
    expect(names('110千伏定东、三虎输变电工程')).toEqual(['110千伏定东输变电工程', '三虎输变电工程']);
  });

  it('quoted names back to back are separate; slogans, counts and categories are no projects', () => {
    expect(names('“一网通办”“一网统管”')).toEqual(['一网通办', '一网统管']);
    expect(names('重大项目')).toEqual([]);
    expect(names('28个项目')).toEqual([]);
    expect(names('额超125亿元的重大项目')).toEqual([]);
  });
});

describe('dependencies', () => {
  it('依托 A 建设 B: B relies on A; a later phase follows the earlier', () => {
    const graph = extract(
      '珠海市金湾区人民政府工作报告\n依托中海油珠海LNG项目建设华南绿能港。推进高栏港海上风电一期工程和高栏港海上风电二期工程建设。\n',
    );
    expect(edges(graph, 'DEPENDS_ON')).toEqual([
      '华南绿能港 → 中海油珠海LNG项目 (RELIES_ON)',
      '高栏港海上风电二期工程 → 高栏港海上风电一期工程 (NEXT_PHASE)',
    ]);
  });

  it('the works listed as a programme’s members are PART_OF it, each named in full', () => {
    const graph = extract(
      '韶关市重点项目动态\n韶关市2024年计划新开工市重点项目56个,总投资320亿元。其中10亿元以上项目4个,分别是韶关港乌石综合码头二期工程、丹霞机场扩建及配套道路工程。\n',
    );
    expect(edges(graph, 'DEPENDS_ON')).toEqual([
      '丹霞机场扩建及配套道路工程 → 2024年计划新开工市重点项目 (PART_OF)',
      '韶关港乌石综合码头二期工程 → 2024年计划新开工市重点项目 (PART_OF)',
    ]);
  });

  it('a counted class of key projects with no members listed is no programme', () => {
    const graph = extract('韶关市重点项目动态\n韶关市2024年计划新开工市重点项目56个,总投资320亿元。\n');
    expect(graph.nodes.filter((n) => n.label === 'Project').map((n) => n.name)).toEqual([]);
  });

  it('a work named inside a numbered measure is PART_OF the measure', () => {
    const graph = extract(
      '珠海市改革措施\n二、建立容缺办理机制。推动珠海市政务服务大厅智慧平台建设。(市政务服务数据管理局牵头)\n',
    );
    expect(edges(graph, 'DEPENDS_ON')).toEqual(['珠海市政务服务大厅智慧平台 → 建立容缺办理机制 (PART_OF)']);
  });
});

describe('project identity and evidence', () => {
  it('the same task wording in two cities’ documents is two projects', () => {
    const one = (city: string) => `${city}重点工作任务分工\n1.推进老旧小区改造。(市住房城乡建设局牵头)\n`;
    const graph = extract(one('珠海市'));
    const other = extract(one('江门市'));
    const id = (g: typeof graph) => g.nodes.find((n) => n.label === 'Project')!.id;
    expect(id(graph)).not.toBe(id(other));
  });

  it('every quote is the original text of its span, traditional script and inserted readings included', () => {
    const text =
      '廣州市人民政府辦公廳關(guān)于重點工作分工的通知\n1.加快建設(shè)三大汽車產業基地。(牽頭單位:市發改委;配合單位:市財政局)\n';
    const graph = extract(text);
    const evidence = graph.edges.flatMap((e) => e.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const ev of evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(
      graph.edges
        .filter((e) => e.type === 'LEADS')
        .flatMap((e) => e.evidence.flatMap((ev) => ev.rules ?? [])),
    ).toContain('role/unit-list');
    const agency = graph.nodes.find((n) => n.name === '广州市发展和改革委员会');
    expect(agency?.aliases).toContain('市發改委');
  });
});
