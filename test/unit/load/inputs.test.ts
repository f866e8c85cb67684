/** What the load service reads before writing anything (src/load/inputs.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readLoadInputs } from '../../../src/load/inputs.js';
import { threeDocuments } from '../../support/store-graphs.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-load-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readLoadInputs', () => {
  it('extracts the documents of a directory one by one, skipping its JSON files; an unreadable one is a failure', () => {
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'a.txt'), '珠海市发展和改革局牵头建设珠海LNG二期工程。');
    writeFileSync(join(docs, 'empty.txt'), '');
    writeFileSync(join(docs, 'manifest.json'), JSON.stringify({ documents: {} }));
    const { inputs, failures } = readLoadInputs([docs]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.graphs.map((g) => g.documents[0]!.file)).toEqual(['a.txt']);
    expect([...inputs[0]!.texts.values()]).toEqual(['珠海市发展和改革局牵头建设珠海LNG二期工程。']);
    expect(failures).toEqual([{ file: 'empty.txt', message: 'empty.txt: the file is empty' }]);
  });

  it('reads a graph JSON file as it is', () => {
    const file = join(dir, 'three.json');
    writeFileSync(file, JSON.stringify(threeDocuments()));
    const { inputs, failures } = readLoadInputs([file]);
    expect(inputs.map((i) => i.graphs[0]!.documents.length)).toEqual([3]);
    expect(failures).toEqual([]);
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
