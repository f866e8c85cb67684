import { describe, expect, it } from 'vitest';
import { checkCueFile, CueFileError } from '../../../loaders/cues/cue-file.js';

const schema = {
  heads: { list: { head: 'string', kind: 'string' } },
  verbs: 'strings',
  maxName: 'number',
} as const;

describe('cue files are checked when loaded', () => {
  it('accepts a file of the declared shape', () => {
    const data = {
      $comment: 'x',
      heads: [{ head: '工程', kind: 'INFRASTRUCTURE' }],
      verbs: ['推进'],
      maxName: 40,
    };
    expect(checkCueFile('t.json', data, schema)).toBe(data);
  });

  it('names the file and the key of an unknown (unread) key, a missing key, a wrong type and a duplicate', () => {
    const base = { heads: [{ head: '工程', kind: 'X' }], verbs: ['推进'], maxName: 40 };
    const cases: [unknown, RegExp][] = [
      [{ ...base, unused: [] }, /t\.json: key "unused" is read by no rule/u],
      [{ heads: base.heads, verbs: base.verbs }, /t\.json: key "maxName" is missing/u],
      [{ ...base, maxName: '40' }, /t\.json: maxName must be a number/u],
      [{ ...base, verbs: ['推进', '推进'] }, /t\.json: verbs lists "推进" twice/u],
      [
        {
          ...base,
          heads: [
            { head: '工程', kind: 'X' },
            { head: '工程', kind: 'X' },
          ],
        },
        /t\.json: heads\[1\] repeats an earlier entry/u,
      ],
      [
        { ...base, heads: [{ head: '工程', kind: 'X', extra: 1 }] },
        /heads\[0\] has key "extra" that no rule reads/u,
      ],
    ];
    for (const [data, message] of cases) {
      expect(() => checkCueFile('t.json', data, schema)).toThrow(CueFileError);
      expect(() => checkCueFile('t.json', data, schema)).toThrow(message);
    }
  });
});
