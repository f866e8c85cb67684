import { describe, expect, it } from 'vitest';
import { passageAround, passageId, REACH } from '../../../src/store/passage.js';

describe('passageAround', () => {
  const text = '一、总体要求。\n  市发展改革局牵头建设珠海LNG二期工程，市财政局配合；项目位于金湾区。';

  it('widens a span to the sentence around it, closing punctuation included', () => {
    const start = text.indexOf('市财政局配合');
    const p = passageAround(text, start, start + 6);
    expect(p.text).toBe('市发展改革局牵头建设珠海LNG二期工程，市财政局配合；');
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('stops at a line break without including it and drops the indentation', () => {
    const start = text.indexOf('总体');
    expect(passageAround(text, start, start + 2).text).toBe('一、总体要求。');
    const lead = text.indexOf('市发展改革局');
    expect(passageAround(text, lead, lead + 6).text.startsWith('市发展改革局')).toBe(true);
  });

  it('reaches at most REACH characters beyond the span on each side', () => {
    const long = '甲'.repeat(500);
    const p = passageAround(long, 250, 260);
    expect(p.start).toBe(250 - REACH);
    expect(p.end).toBe(260 + REACH);
  });

  it('keeps a span that is already a sentence as it is', () => {
    const p = passageAround('前文。项目位于金湾区。后文', 3, 11);
    expect(p).toEqual({ start: 3, end: 11, text: '项目位于金湾区。' });
  });

  it('identifies a passage by document and span', () => {
    expect(passageId('doc:a', { start: 3, end: 11 })).toBe('doc:a:3-11');
  });
});
