/**
 * The development corpus (test/corpus): its split, its gold sets by split, and the extraction the
 * scores are measured on — every document extracted from its text alone, with no manifest and no
 * gold metadata, as unseen documents are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractGraph, readSources } from '../../loaders/index.js';
import { InputError } from '../errors.js';
import type { GraphJson } from '../model/graph-json.js';
import type { CorpusGold } from './gold-check.js';
import { loadGoldSets } from './gold.js';

export const CORPUS_DIR = 'test/corpus';
export type Split = 'train' | 'test';

export interface Corpus {
  split: Record<Split, string[]>;
  gold: Record<Split, CorpusGold[]>;
}

export function readCorpus(dir = CORPUS_DIR): Corpus {
  let split: Record<Split, string[]>;
  try {
    split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as Record<Split, string[]>;
  } catch {
    throw new InputError(`corpus: cannot read ${join(dir, 'split.json')}`);
  }
  const all = loadGoldSets(join(dir, 'gold')) as CorpusGold[];
  const inSplit = (s: Split) => all.filter((g) => split[s].includes(g.doc));
  return { split, gold: { train: inSplit('train'), test: inSplit('test') } };
}

/** The documents of the given splits, extracted without their manifest. */
export function extractCorpus(corpus: Corpus, splits: readonly Split[], dir = CORPUS_DIR): GraphJson {
  const files = splits.flatMap((s) => corpus.split[s]).map((f) => join(dir, 'docs', f));
  const { sources, unreadable } = readSources(files);
  if (unreadable.length) throw new InputError(`corpus: ${unreadable.map((u) => u.message).join('; ')}`);
  return extractGraph(sources.map(({ file, bytes }) => ({ file, bytes }))).graph;
}
