/**
 * Segment stage: lines (paragraphs), sentences and clauses of the cleaned text, as offsets, each
 * knowing the unit it belongs to. Parentheses, quotes and book-title marks are never split: the
 * units a policy names for a measure sit in a parenthesis after its last full stop
 * ("…格局。(市财政局牵头)") and stay with the sentence they close.
 */
import { trimSpan, type TextSpan } from './spans.js';

export interface Line extends TextSpan {
  index: number;
}
export interface Sentence extends TextSpan {
  index: number;
  line: number;
}
export interface Clause extends TextSpan {
  index: number;
  sentence: number;
  line: number;
}

export interface Segments {
  lines: Line[];
  sentences: Sentence[];
  clauses: Clause[];
}

const SENTENCE_END = new Set(['。', '!', '?', ';', '!', '?', ';']);
const CLAUSE_END = new Set([',', ':', ';', '。', '!', '?', ',', ':', ';']);
const OPEN = new Set(['(', '《', '“', '"', '【', '[', '「']);
const CLOSE = new Set([')', '》', '”', '"', '】', ']', '」']);

export function segmentText(text: string): Segments {
  const lines = splitLines(text);
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  for (const line of lines) {
    for (const span of splitSentences(text, line)) {
      const sentence = { ...span, index: sentences.length, line: line.index };
      sentences.push(sentence);
      for (const c of splitClauses(text, sentence))
        clauses.push({ ...c, index: clauses.length, sentence: sentence.index, line: line.index });
    }
  }
  return { lines, sentences, clauses };
}

/** Non-empty lines, trimmed. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const span = trimSpan(text, { start, end: i });
      if (span.end > span.start) out.push({ ...span, index: out.length });
      start = i + 1;
    }
  }
  return out;
}

/** Sentences of a span, split after 。!?; outside brackets; a parenthesis right after a stop stays. */
export function splitSentences(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch) && !(ch === '"' && depth > 0)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    if (depth > 0 || !SENTENCE_END.has(ch)) continue;
    let end = i + 1;
    while (end < span.end && CLOSE.has(text[end]!)) end++;
    if (text[end] === '(') {
      const close = text.slice(end, Math.min(span.end, end + 122)).indexOf(')') + end;
      if (close >= end && close < span.end && close - end < 120) {
        end = close + 1;
        if (text[end] === '。' || text[end] === ';') end++;
      }
    }
    const s = trimSpan(text, { start, end });
    if (s.end > s.start) out.push(s);
    start = end;
    i = end - 1;
  }
  const rest = trimSpan(text, { start, end: span.end });
  if (rest.end > rest.start) out.push(rest);
  return out;
}

/** Clauses of a span, split at , : ; and stops outside brackets (the stop stays with its clause). */
export function splitClauses(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch) && !(ch === '"' && depth > 0)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_END.has(ch)) {
      const s = trimSpan(text, { start, end: i });
      if (s.end > s.start) out.push(s);
      start = i + 1;
    }
  }
  const rest = trimSpan(text, { start, end: span.end });
  if (rest.end > rest.start) out.push(rest);
  return out;
}
