import { describe, expect, it } from 'vitest';
import { findPlaces, placeById, placeHierarchy } from '../../../loaders/recognise/places.js';

const names = (text: string, jurisdiction?: string | null) =>
  findPlaces(text, { jurisdiction }).map((m) => [m.text, m.place.id]);

describe('findPlaces', () => {
  it('a generic local alias ending a longer zone word is not that zone (综合保税区 is not 保税区)', () => {
    const zones = (t: string) => findPlaces(t, { jurisdiction: '珠海市' }).map((m) => m.place.name);
    expect(zones('高栏港综合保税区正式封关运营')).not.toContain('珠海保税区');
    expect(zones('推进保税区产业升级')).toContain('珠海保税区');
  });

  it('finds 金湾区 as 440404 under 珠海市 440400', () => {
    const [m] = findPlaces('推进珠海市金湾区三灶镇建设', { jurisdiction: '珠海市' });
    expect(m).toMatchObject({ text: '珠海市金湾区三灶镇', place: { id: 'place:440404100', level: 'TOWN' } });
    const [district] = findPlaces('金湾区加快建设面向全省的进出口基地', { jurisdiction: '珠海市' });
    expect(district!.place).toMatchObject({
      id: 'place:440404',
      code: '440404',
      name: '珠海市金湾区',
      level: 'DISTRICT',
      parentId: 'place:440400',
    });
    expect(placeById('place:440400')).toMatchObject({
      name: '珠海市',
      level: 'CITY',
      parentId: 'place:440000',
    });
  });

  it('gives offsets into the text', () => {
    const text = '据悉,高栏港水果进口码头项目进展顺利';
    const [m] = findPlaces(text, { jurisdiction: '珠海市' });
    expect(text.slice(m!.start, m!.end)).toBe('高栏港');
    expect(m!.place).toMatchObject({ id: 'place:zone:高栏港', level: 'ZONE', parentId: 'place:440404' });
  });

  it('reads bare district names only outside roads, schools and companies', () => {
    expect(names('金湾全年新引进重点产业项目210个', '珠海市金湾区')).toEqual([['金湾', 'place:440404']]);
    expect(names('沿金湾路往南', '珠海市')).toEqual([]);
  });

  it('prefers the document jurisdiction for generic forms', () => {
    expect(names('高新区在全国排名上升', '珠海市')).toEqual([
      ['高新区', 'place:zone:珠海高新技术产业开发区'],
    ]);
    expect(names('高新区在全国排名上升', '江门市')).toEqual([
      ['高新区', 'place:zone:江门国家高新技术产业开发区'],
    ]);
    expect(names('高新区在全国排名上升', null)).toEqual([]);
  });

  it('finds 新会区 in a Jiangmen document', () => {
    expect(names('新会区深入推进工程建设项目改革', '江门市')).toEqual([['新会区', 'place:440705']]);
    expect(placeById('place:440705')).toMatchObject({ name: '江门市新会区', parentId: 'place:440700' });
  });

  it('reads 合作区 as the Hengqin zone only when the document is about Hengqin', () => {
    expect(names('支持横琴发展,推动我市与合作区建立联合招商机制', '珠海市')).toEqual([
      ['横琴', 'place:zone:横琴粤澳深度合作区'],
      ['合作区', 'place:zone:横琴粤澳深度合作区'],
    ]);
    expect(names('推动我市与合作区建立联合招商机制', '珠海市')).toEqual([]);
  });

  it('does not find places inside words', () => {
    expect(names('打造新兴城市,推进城区更新')).toEqual([]);
  });

  it('knows places outside Guangdong and former names', () => {
    expect(names('对口支援西藏林芝市米林县及重庆巫山县', '珠海市')).toEqual([
      ['西藏', 'place:540000'],
      ['林芝市', 'place:540400'],
      ['米林县', 'place:540481'],
      ['重庆巫山县', 'place:500237'],
    ]);
  });
});

describe('placeHierarchy', () => {
  it('lists PART_OF pairs up to the province', () => {
    expect(placeHierarchy('place:zone:高栏港')).toEqual([
      ['place:zone:高栏港', 'place:440404'],
      ['place:440404', 'place:440400'],
      ['place:440400', 'place:440000'],
    ]);
    expect(placeHierarchy('place:zone:珠海保税区')[0]).toEqual([
      'place:zone:珠海保税区',
      'place:zone:鹤洲新区',
    ]);
    expect(placeHierarchy('place:440000')).toEqual([]);
  });
});
