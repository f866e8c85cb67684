import { describe, expect, it } from 'vitest';
import { findAgencyMentions } from '../../../loaders/recognise/agencies.js';
import { PlaceFinder } from '../../../loaders/recognise/gazetteer.js';
import { AgencyResolver } from '../../../loaders/resolve/agencies.js';
import { jurisdictionAt, placeNamed } from '../../../loaders/resolve/jurisdiction.js';

/** Every agency mention of `text` as "surface → canonical name" in a document of `jurisdiction`. */
function resolved(jurisdiction: string, text: string): string[] {
  const place = placeNamed(jurisdiction);
  const resolver = new AgencyResolver(jurisdictionAt(place), null);
  return findAgencyMentions(text, new PlaceFinder({ place })).map(
    (m) => `${m.surface} → ${resolver.resolve(m)?.name ?? '?'}`,
  );
}

describe('the naming grammar of public bodies', () => {
  it('resolves 市/区/省 by the document’s own jurisdiction and expands short forms', () => {
    expect(
      resolved('江门市', '市财政局、市科技局、省发展改革委、江海区政府、市委宣传部、市政府办公室'),
    ).toEqual([
      '市财政局 → 江门市财政局',
      '市科技局 → 江门市科学技术局',
      '省发展改革委 → 广东省发展和改革委员会',
      '江海区政府 → 江门市江海区人民政府',
      '市委宣传部 → 中共江门市委宣传部',
      '市政府办公室 → 江门市人民政府办公室',
    ]);
  });

  it('a province outside Guangdong resolves 省 to itself, and a bare body after a prefixed one shares its prefix', () => {
    expect(resolved('河南省', '省商务厅、财政厅、发展改革委')).toEqual([
      '省商务厅 → 河南省商务厅',
      '财政厅 → 河南省财政厅',
      '发展改革委 → 河南省发展和改革委员会',
    ]);
  });

  it('a county’s bodies carry their city; places listed before a body share it', () => {
    expect(resolved('淮安市盱眙县', '县政府、县发改委')).toEqual([
      '县政府 → 淮安市盱眙县人民政府',
      '县发改委 → 淮安市盱眙县发展和改革委员会',
    ]);
    expect(resolved('广州市', '荔湾区、黄埔区政府')).toEqual([
      '荔湾区 → 广州市荔湾区人民政府',
      '黄埔区政府 → 广州市黄埔区人民政府',
    ]);
  });

  it('names task forces, institutions, vertically managed bodies and misspelt standard bodies', () => {
    expect(resolved('江门市', '市水利重大工程项目指挥部,市税务局,市第五人民医院,市发展改草局,我市')).toEqual([
      '市水利重大工程项目指挥部 → 江门市水利重大工程项目指挥部',
      '市税务局 → 国家税务总局江门市税务局',
      '市第五人民医院 → 江门市第五人民医院',
      '市发展改草局 → 江门市发展和改革局',
      '我市 → 江门市人民政府',
    ]);
    expect(resolved('河南省', '人行郑州中心支行、河南银保监局')).toEqual([
      '人行郑州中心支行 → 中国人民银行郑州中心支行',
      '河南银保监局 → 中国银行保险监督管理委员会河南监管局',
    ]);
  });

  it('names no body where the text names none (城市, 各区, a body without its jurisdiction)', () => {
    expect(resolved('珠海市', '城市管理水平提高,各区政府和财政局')).toEqual([]);
  });
});
