/**
 * Lines, sentences and clauses of the cleaned text, as offsets. The cleaned text has the same length
 * as the original, so every span here is also a span of the original (evidence quotes are sliced
 * from the original with these offsets).
 */
export interface TextSpan {
  start: number;
  end: number;
}

const SPACE = /\s/;

/** Shrinks a span so that it starts and ends on a non-space character (may become empty). */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Non-empty lines (paragraphs), trimmed. */
export function splitLines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const span = trimSpan(text, { start, end: i });
      if (span.end > span.start) out.push(span);
      start = i + 1;
    }
  }
  return out;
}

const SENTENCE_END = new Set(['。', '!', '?', ';', '!', '?', ';']);

/**
 * Sentences of a span, split after 。!?; . A closing parenthesis right after the stop, and a whole
 * parenthetical right after it ("…格局。(市财政局牵头)"), stay with the sentence they close: that is
 * where policy texts name the units responsible for the measure.
 */
export function splitSentences(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!SENTENCE_END.has(text[i]!)) continue;
    let end = i + 1;
    while (end < span.end && (text[end] === ')' || text[end] === '”' || text[end] === '"')) end++;
    if (text[end] === '(') {
      const close = text.indexOf(')', end);
      if (close > 0 && close < span.end && close - end < 80) {
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

const CLAUSE_END = new Set([',', ':', ';', '。', '!', '?', ',', ':', ';']);

/** Clauses of a span, split at , : ; and sentence stops (the stop stays with its clause). */
export function splitClauses(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '《' || ch === '“') depth++;
    else if ((ch === ')' || ch === '》' || ch === '”') && depth > 0) depth--;
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

export function contains(outer: TextSpan, inner: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The innermost span of `spans` (sorted by start) that contains `pos`. */
export function spanAt<S extends TextSpan>(spans: readonly S[], pos: number): S | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
