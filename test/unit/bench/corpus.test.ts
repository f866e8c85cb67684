import { describe, expect, it } from 'vitest';
import { chineseNumber, corpusBytes, generateCorpus, varySeed } from '../../../bench/corpus.js';

describe('benchmark corpus', () => {
  it('is about factor × the seeds in size, one document per seed per copy', () => {
    const one = generateCorpus(1);
    const three = generateCorpus(3);
    expect(one).toHaveLength(5);
    expect(three).toHaveLength(15);
    const ratio = corpusBytes(three) / corpusBytes(one);
    expect(ratio).toBeGreaterThan(2.7);
    expect(ratio).toBeLessThan(3.3);
  });

  it('is deterministic, and a smaller corpus is a prefix of a larger one', () => {
    const a = generateCorpus(2);
    expect(generateCorpus(2)).toEqual(a);
    expect(generateCorpus(4).slice(0, a.length)).toEqual(a);
  });

  it('gives every copy distinct text and file names', () => {
    const corpus = generateCorpus(4);
    expect(new Set(corpus.map((d) => d.file)).size).toBe(corpus.length);
    expect(new Set(corpus.map((d) => d.text)).size).toBe(corpus.length);
  });

  it('puts the copy ordinal into project-like names but not into generic ones', () => {
    const text = '加快推进十字门隧道等项目建设。';
    const varied = varySeed(text, 2, 'x.txt');
    expect(varied).toContain('十字门三号隧道');
    expect(varied).toContain('等项目');
  });

  it('permutes Guangdong city names consistently within a document', () => {
    const varied = varySeed('珠海市发展和改革局\n珠海市财政局', 0, 'y.txt');
    const [first, second] = varied.split('\n');
    expect(first!.slice(0, 3)).toBe(second!.slice(0, 3));
    expect(first).toMatch(/^..市发展和改革局$/);
  });

  it('writes Chinese ordinals', () => {
    expect([1, 10, 12, 20, 105, 110, 2024].map(chineseNumber)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '一百零五',
      '一百一十',
      '二千零二十四',
    ]);
  });
});
