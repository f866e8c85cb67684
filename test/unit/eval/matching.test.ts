import { describe, expect, it } from 'vitest';
import { agencyKey, dice, placeLike, plain, similar } from '../../../src/eval/matching.js';

describe('scorer name matching', () => {
  it('agencyKey folds long forms, quotes, brackets and 和', () => {
    expect(agencyKey('珠海市人民政府办公室')).toBe(agencyKey('珠海市政府办公室'));
    expect(agencyKey('珠海高新技术产业开发区管理委员会')).toBe('珠海高新技术产业开发区管委会');
    expect(agencyKey('横琴粤澳深度合作区执行委员会')).toBe('横琴粤澳深度合作区执委会');
    expect(agencyKey('珠海市发展和改革局')).toBe(agencyKey('珠海市发展改革局'));
    expect(agencyKey('珠海市财政局')).not.toBe(agencyKey('江门市财政局'));
  });

  it('plain drops list punctuation and quotes', () => {
    expect(plain('“一站式” 服务平台,')).toBe('一站式服务平台');
  });

  it('dice over bigrams', () => {
    expect(dice('ab', 'ab')).toBe(1);
    expect(dice('a', 'b')).toBe(0);
    expect(dice('abcd', 'abce')).toBeCloseTo(2 / 3);
  });

  it('similar: equality, containment of ≥ 4 chars covering ≥ half, or dice ≥ 0.6', () => {
    expect(similar(['十字门隧道工程'], ['十字门隧道'])).toBe(true);
    expect(similar(['隧道'], ['十字门隧道'])).toBe(false);
    expect(similar(['重点项目'], ['珠海市重点项目建设三年行动计划'])).toBe(false);
    expect(similar(['珠海市重点项目'], ['珠海市重点项目建设三年行动计划'])).toBe(true); // dice 12/20
    expect(similar(['', '珠海LNG二期'], ['珠海LNG二期工程'])).toBe(true);
    expect(similar(['金山软件园'], ['横琴科学城'])).toBe(false);
  });

  it('placeLike: equal, contains the stem without level suffix, or similar', () => {
    expect(placeLike(['珠海市横琴新区'], '横琴')).toBe(true);
    expect(placeLike(['金湾'], '珠海市金湾区')).toBe(false);
    expect(placeLike(['珠海市金湾区'], '金湾区')).toBe(true);
    expect(placeLike(['唐家'], '唐家湾镇')).toBe(false);
  });
});
