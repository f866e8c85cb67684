/**
 * Words of a span with their part-of-speech tags, from jieba (@node-rs/jieba, its bundled
 * dictionary: no download). Used only to keep names on word boundaries and to stop a name at a
 * verb or a function word; what a name IS comes from the project and agency lexicons.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { TextSpan } from './spans.js';

export interface Word extends TextSpan {
  tag: string;
}

let jieba: Jieba | undefined;

export function wordsOf(text: string, span: TextSpan): Word[] {
  jieba ??= Jieba.withDict(dict);
  const out: Word[] = [];
  let at = span.start;
  for (const t of jieba.tag(text.slice(span.start, span.end))) {
    out.push({ start: at, end: at + t.word.length, tag: t.tag });
    at += t.word.length;
  }
  return out;
}

/** Tags of words a name never extends left over: verbs, adverbs, prepositions, conjunctions, pronouns, particles. */
export const FUNCTION_TAGS = new Set([
  'v',
  'vd',
  'd',
  'p',
  'c',
  'r',
  'u',
  'uj',
  'ul',
  'uz',
  'ud',
  'ug',
  'uv',
  'ad',
  'x',
  'w',
  'y',
  'e',
  'o',
  'f',
]);
