import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument, DocumentError } from '../../../loaders/decode/decode.js';

const SAMPLE = '珠海市发展和改革局2023年市政府重点工作落实情况表(第二季度)\n1-5月累计完成投资4.19亿元。';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

describe('decodeDocument', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const plain = decodeDocument(Buffer.from(SAMPLE, 'utf8'), 'a.txt');
    expect(plain).toMatchObject({ file: 'a.txt', text: SAMPLE, encoding: 'utf-8', format: 'text' });
    const withBom = decodeDocument(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]),
      'b.txt',
    );
    expect(withBom.text).toBe(SAMPLE); // the BOM is not part of the text: offsets start at the first character
  });

  it('reads GBK / GB18030 bytes', () => {
    const doc = decodeDocument(iconv.encode(SAMPLE, 'gbk'), 'gbk.txt');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(SAMPLE);
  });

  it('reads UTF-16 LE and BE, with a BOM and without one', () => {
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const doc = decodeDocument(utf16(SAMPLE, order, bom), `u16${order}${bom}.txt`);
        expect(doc.text).toBe(SAMPLE);
        expect(doc.encoding).toBe(order === 'le' ? 'utf-16le' : 'utf-16be');
      }
    }
  });

  it('rejects an empty file, naming it', () => {
    expect(() => decodeDocument(new Uint8Array(0), 'empty.txt')).toThrow(DocumentError);
    expect(() => decodeDocument(new Uint8Array(0), 'empty.txt')).toThrow(/empty\.txt.*empty/);
  });

  it('rejects a binary file, naming it', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
    ]);
    expect(() => decodeDocument(png, 'picture.txt')).toThrow(/picture\.txt.*binary/);
    const controls = Buffer.from('\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008', 'utf8');
    expect(() => decodeDocument(controls, 'controls.txt')).toThrow(/controls\.txt.*binary/);
  });

  it('rejects a file over the size limit, naming it', () => {
    const big = Buffer.from('政'.repeat(100), 'utf8');
    expect(() => decodeDocument(big, 'big.txt', { maxBytes: 100 })).toThrow(/big\.txt.*limit of 100 bytes/);
    expect(decodeDocument(big, 'big.txt', { maxBytes: 1000 }).text.length).toBe(100);
  });

  it('rejects bytes that are no known encoding', () => {
    // Invalid in UTF-8 and not GB18030 text either: a run of bytes chardet cannot place.
    const garbage = Uint8Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? 0xff : 0x80 + (i % 7)));
    expect(() => decodeDocument(garbage, 'garbage.txt')).toThrow(DocumentError);
  });

  it('detects HTML by extension or by its first tag', () => {
    expect(decodeDocument(Buffer.from('<p>x</p>'), 'page.htm').format).toBe('html');
    expect(
      decodeDocument(Buffer.from('  <!DOCTYPE html><html><body>x</body></html>'), 'page.txt').format,
    ).toBe('html');
    expect(decodeDocument(Buffer.from('x < y'), 'page.txt').format).toBe('text');
  });
});
