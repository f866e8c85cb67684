import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanForRecognition } from '../../../loaders/clean/clean.js';
import { decodeDocument } from '../../../loaders/decode/decode.js';
import { RULES } from '../../../loaders/rules.js';

const split = JSON.parse(readFileSync('test/corpus/split.json', 'utf8')) as {
  train: string[];
  test: string[];
};
const cleanText = (file: string): string =>
  cleanForRecognition(decodeDocument(readFileSync(`test/corpus/docs/${file}`), file)).text;

describe('extraction rules', () => {
  const all = RULES.flatMap((s) => s.rules);

  it('have unique ids of the form stage/name and a purpose', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of all) {
      expect(r.id).toMatch(/^[a-z]+\/[a-z-]+$/u);
      expect(r.purpose.length).toBeGreaterThan(10);
    }
  });

  it('each show a worked example from a train document, found in it as written', () => {
    for (const r of all) {
      expect(split.train, `${r.id}: ${r.example.doc} is not a train document`).toContain(r.example.doc);
      const text = cleanText(r.example.doc);
      for (const part of r.example.text.split(/…|\n/u).filter((p) => p.length > 0))
        expect(text.includes(part), `${r.id}: "${part}" is not in ${r.example.doc}`).toBe(true);
    }
  });
});
