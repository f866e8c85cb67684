/** What the load service reads before writing anything (src/load/inputs.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { groupByContent } from '../../../src/load/content-groups.js';
import { extractedDocuments } from '../../../src/load/document-stream.js';
import { ExtractionWorkers } from '../../../src/load/extraction-workers.js';
import { readLoadInputs, type FileFailure } from '../../../src/load/inputs.js';
import { threeDocuments } from '../../support/store-graphs.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-load-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readLoadInputs and the document stream', () => {
  it('lists the documents of a directory, skipping its JSON files, and extracts them while the writer writes', async () => {
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'a.txt'), '珠海市发展和改革局牵头建设珠海LNG二期工程。');
    writeFileSync(join(docs, 'empty.txt'), '');
    writeFileSync(join(docs, 'manifest.json'), JSON.stringify({ documents: {} }));
    const { inputs, documentFiles } = readLoadInputs([docs]);
    expect(inputs).toEqual([]);
    expect(documentFiles).toEqual([join(docs, 'a.txt'), join(docs, 'empty.txt')]);

    const workers = new ExtractionWorkers(1);
    try {
      const failures: FileFailure[] = [];
      const batches = [];
      for await (const batch of extractedDocuments(groupByContent(documentFiles), workers, failures))
        batches.push(batch);
      expect(batches.map((b) => b.document.file)).toEqual(['a.txt']);
      expect(batches[0]!.textChunks.map((c) => c.text).join('')).toBe(
        '珠海市发展和改革局牵头建设珠海LNG二期工程。',
      );
      expect(failures).toEqual([{ file: 'empty.txt', message: 'empty.txt: the file is empty' }]);
    } finally {
      await workers.close();
    }
  });

  it('reads a graph JSON file as it is', () => {
    const file = join(dir, 'three.json');
    writeFileSync(file, JSON.stringify(threeDocuments()));
    const { inputs, documentFiles } = readLoadInputs([file]);
    expect(inputs.map((i) => i.graphs[0]!.documents.length)).toEqual([3]);
    expect(documentFiles).toEqual([]);
  });

  it('refuses the whole load for a missing path or a bad graph JSON file, naming it', () => {
    expect(() => readLoadInputs([join(dir, 'nowhere')])).toThrow(
      `${join(dir, 'nowhere')}: no such file or directory`,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1,');
    expect(() => readLoadInputs([broken])).toThrow(InputError);
    expect(() => readLoadInputs([broken])).toThrow(`${broken}: not readable as JSON`);
    const bad = threeDocuments();
    bad.edges[0]!.evidence = [];
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    expect(() => readLoadInputs([badFile])).toThrow(/has no evidence[\s\S]*\nnothing was written$/);
  });

  it('refuses a graph JSON with an enum value outside the contract with a coded error', () => {
    const bogus = threeDocuments();
    bogus.nodes[0]!.props.kind = 'BOGUS_KIND';
    const file = join(dir, 'bogus.json');
    writeFileSync(file, JSON.stringify(bogus));
    expect(() => readLoadInputs([file])).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('node #0 agency:zhfgj: props.kind "BOGUS_KIND" is not one of'),
      }),
    );
  });
});
