import { describe, expect, it } from 'vitest';
import { fundingId, linkFunding } from '../../../loaders/link/funding.js';
import { linkPlaces } from '../../../loaders/link/places.js';

/** A span ref for the first occurrence of `name` in `text`. */
function ref(text: string, name: string, id: string) {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in text`);
  return { id, start, end: start + name.length };
}

describe('linkFunding', () => {
  const text =
    '1.加快推进珠海LNG二期工程建设,1-5月完成投资7.4亿元。全年实现地区生产总值887亿元。' +
    '一季度安排项目前期费用1.1亿元,用于市政府“三个一批”项目前期工作。市财政局安排资金2000万元。';
  const input = {
    docId: 'doc:x',
    text,
    clean: text,
    docYear: 2023,
    projects: [ref(text, '珠海LNG二期工程', 'project:lng2'), ref(text, '“三个一批”项目', 'project:sgyp')],
    agencies: [ref(text, '市财政局', 'agency:czj')],
  };

  it('funds the project of the clause, with the clause as evidence', () => {
    const { nodes, edges } = linkFunding(input);
    const lng = edges.find((e) => e.type === 'FUNDS' && e.to === 'project:lng2')!;
    expect(lng.evidence[0]!.quote).toBe('1-5月完成投资7.4亿元');
    expect(text.slice(lng.evidence[0]!.start, lng.evidence[0]!.end)).toBe(lng.evidence[0]!.quote);
    expect(nodes.find((n) => n.id === lng.from)).toMatchObject({
      label: 'Funding',
      name: '7.4亿元',
      props: { yuan: 740_000_000, kind: 'COMPLETED_INVESTMENT', period: '2023-01/2023-05' },
    });
  });

  it('drops macro statistics', () => {
    const { nodes } = linkFunding(input);
    expect(nodes.some((n) => n.props.yuan === 88_700_000_000)).toBe(false);
  });

  it('follows 用于 to the project the money is for', () => {
    const { edges, nodes } = linkFunding(input);
    const budget = nodes.find((n) => n.props.yuan === 110_000_000)!;
    expect(budget.props).toMatchObject({ kind: 'BUDGET', period: '2023-01/2023-03' });
    expect(edges.find((e) => e.from === budget.id)!.to).toBe('project:sgyp');
  });

  it('falls back to the agency that is the subject, and records it as provider', () => {
    const { edges, nodes } = linkFunding(input);
    const money = nodes.find((n) => n.props.yuan === 20_000_000)!;
    expect(edges.filter((e) => e.from === money.id).map((e) => [e.type, e.to])).toEqual([
      ['FUNDS', 'agency:czj'],
      ['PROVIDED_BY', 'agency:czj'],
    ]);
  });

  it('gives ids that depend on the fact, not on the file', () => {
    const a = fundingId('project:lng2', 300_000_000, 'PLANNED_INVESTMENT', '2023-04/2023-06');
    expect(a).toBe(fundingId('project:lng2', 300_000_000, 'PLANNED_INVESTMENT', '2023-04/2023-06'));
    expect(a).not.toBe(fundingId('project:lng2', 300_000_000, 'PLANNED_INVESTMENT', '2023-07/2023-09'));
    expect(a).toMatch(/^funding:[0-9a-f]{16}$/);
  });

  it('does not fund money instruments named like projects', () => {
    const t = '第一季度:通过专项债券资金总需求达到400亿元。';
    const { edges } = linkFunding({
      ...input,
      text: t,
      clean: t,
      projects: [ref(t, '专项债券', 'project:zxzq')],
      agencies: [],
    });
    expect(edges).toEqual([]);
  });
});

describe('linkPlaces', () => {
  it('locates projects by their name, by the place before them, and in the jurisdiction otherwise', () => {
    const text =
      '推进高栏港水果进口码头项目。合作区在建的十字门隧道、杧洲隧道进展顺利。建立容缺办理机制。横琴';
    const projects = [
      ref(text, '高栏港水果进口码头项目', 'project:fruit'),
      ref(text, '十字门隧道', 'project:szm'),
      ref(text, '杧洲隧道', 'project:mz'),
      ref(text, '建立容缺办理机制', 'project:rq'),
    ];
    const { edges, nodes } = linkPlaces({
      docId: 'doc:x',
      text,
      clean: text,
      jurisdiction: '珠海市',
      projects,
      agencies: [],
    });
    const located = edges.filter((e) => e.type === 'LOCATED_IN').map((e) => [e.from, e.to, e.props.basis]);
    expect(located).toEqual([
      ['project:fruit', 'place:zone:高栏港', 'NAME'],
      ['project:szm', 'place:zone:横琴粤澳深度合作区', 'CLAUSE'],
      ['project:mz', 'place:zone:横琴粤澳深度合作区', 'CLAUSE'],
      ['project:rq', 'place:440400', 'JURISDICTION'],
    ]);
    const partOf = edges.filter((e) => e.type === 'PART_OF').map((e) => [e.from, e.to]);
    expect(partOf).toContainEqual(['place:zone:高栏港', 'place:440404']);
    expect(partOf).toContainEqual(['place:440404', 'place:440400']);
    expect(nodes.find((n) => n.id === 'place:440404')).toMatchObject({
      name: '珠海市金湾区',
      props: { level: 'DISTRICT', code: '440404' },
    });
    for (const e of edges) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('ignores places inside agency names', () => {
    const text = '珠海港集团推进码头工程。';
    const { edges } = linkPlaces({
      docId: 'doc:x',
      text,
      clean: text,
      jurisdiction: null,
      projects: [ref(text, '码头工程', 'project:mt')],
      agencies: [ref(text, '珠海港集团', 'agency:zhg')],
    });
    expect(edges).toEqual([]);
  });
});
