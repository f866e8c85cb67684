/**
 * LOCATED_IN only where the text states the place (loaders/link/places.ts) and only for works the
 * text treats as projects (loaders/link/project-context.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Genre } from '../../../src/model/graph-json.js';
import { extract } from '../../support/extract.js';

/** "project → place" for every LOCATED_IN of the text. */
function locations(text: string, genre: Genre = 'WORK_REPORT'): string[] {
  const graph = extract(text, genre);
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.type === 'LOCATED_IN')
    .map((e) => `${names.get(e.from)} → ${names.get(e.to)}`)
    .sort();
}

describe('LOCATED_IN', () => {
  it('a work the text builds is located by the place in its name', () => {
    expect(locations('加快建设香洲区新粮库。')).toEqual(['香洲区新粮库 → 珠海市香洲区']);
  });

  it('a work merely named (inspected, visited) gets no location', () => {
    expect(locations('对香洲区新粮库、金湾粮库等4个库点进行核查。')).toEqual([]);
    expect(locations('深入广珠铁路、高栏港铁路、港弘码头进行实地调研。')).toEqual([]);
  });

  it("a place inside a neighbour's name does not locate the next list item", () => {
    const found = locations('推进高栏港铁路、港弘码头建设。');
    expect(found).toContain('高栏港铁路 → 高栏港');
    expect(found.some((l) => l.startsWith('港弘码头'))).toBe(false);
  });

  it('a place naming a road or bridge is not a location (洪湾大道, (横琴大桥至红东互通段))', () => {
    expect(locations('推动洪湾大道建设。')).toEqual([]);
    expect(locations('推进南湾大道(横琴大桥至红东互通段)改造工程。')).toEqual([]);
  });

  it('two places joined by a dash are partners, a province inside a name is a designation', () => {
    expect(locations('推动“珠海-黑河中药材国际展示中心”建设。')).toEqual([]);
    expect(locations('抓好中医药广东省实验室筹建。')).toEqual([]);
  });

  it('落户A或B is an option, not a location', () => {
    expect(locations('提出推进进口煤交易专区落户深合区或珠海市。')).toEqual([]);
    expect(locations('推进进口煤交易专区落户深合区。')).toEqual(['进口煤交易专区 → 横琴粤澳深度合作区']);
  });

  it("the document's own city in a name is only the default, kept for projects with a stated fact", () => {
    expect(locations('实现珠海市水电气报装接入一站式服务系统互联互通。')).toEqual([]);
  });
});
