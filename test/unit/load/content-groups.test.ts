/** Identical files are one document with every name (src/load/content-groups.ts, kg extract). */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as extract } from '../../../src/cli/commands/extract.js';
import { groupByContent } from '../../../src/load/content-groups.js';
import type { GraphJson } from '../../../src/model/graph-json.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-content-groups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('identical content under two file names', () => {
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  copyFileSync('seeds/000_8bbcd799bbb03f60.txt', join(docs, 'a.txt'));
  copyFileSync('seeds/000_8bbcd799bbb03f60.txt', join(docs, 'b.txt'));
  copyFileSync('seeds/001_c9b0bbd917161d38.txt', join(docs, 'c.txt'));
  writeFileSync(join(docs, 'd.txt'), '珠海市发展和改革局牵头建设珠海LNG二期工程。');

  it('groups files by content, first name first', () => {
    const groups = groupByContent(['a.txt', 'c.txt', 'b.txt', 'd.txt'].map((f) => join(docs, f)));
    expect(groups.map((g) => g.files)).toEqual([['a.txt', 'b.txt'], ['c.txt'], ['d.txt']]);
  });

  it('kg extract writes one document with both names and says so', async () => {
    const out = join(dir, 'graph.json');
    const messages: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void messages.push(String(m)));
    try {
      expect(await extract([docs, '--out', out])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const graph = JSON.parse(readFileSync(out, 'utf8')) as GraphJson;
    expect(graph.documents.map((d) => [d.file, d.files])).toEqual([
      ['a.txt', ['a.txt', 'b.txt']],
      ['c.txt', undefined],
      ['d.txt', undefined],
    ]);
    expect(messages.join('\n')).toMatch(/a\.txt, b\.txt: identical content, one document doc:/);
    expect(messages.join('\n')).toContain('4/4 files, 3 documents');
  });
});
