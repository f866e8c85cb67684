/** The document text in chunks: cutting is lossless, ranges slice out right, a surrogate pair stays whole. */
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, sliceChunks, textChunks } from '../../../src/store/document-text.js';

describe('textChunks', () => {
  it('cuts a text into chunks that join back to it, with their offsets', () => {
    const text = '珠海市发展和改革局牵头建设珠海LNG二期工程。'.repeat(500);
    const chunks = textChunks(text);
    expect(chunks.length).toBe(Math.ceil(text.length / CHUNK_SIZE));
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(textChunks('')).toEqual([]);
  });

  it('keeps a surrogate pair (a CJK Extension B character) in one chunk', () => {
    const text = 'ab𠀀cd'; // 𠀀 is two UTF-16 code units at 2-3
    const chunks = textChunks(text, 3);
    expect(chunks.map((c) => c.text)).toEqual(['ab𠀀', 'cd']);
    for (const c of chunks) expect(c.text).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('slices any range out of the overlapping chunks', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz';
    const chunks = textChunks(text, 5).reverse();
    for (const [start, end] of [
      [0, 26],
      [3, 4],
      [4, 11],
      [10, 10],
      [24, 40],
    ] as const) {
      expect(sliceChunks(chunks, start, end)).toBe(text.slice(start, end));
    }
  });
});
