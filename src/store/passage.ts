/**
 * The passage shown with a fact: the sentence around an evidence span.
 *
 * A quote alone ("市发展改革局牵头") rarely says enough; the sentence it sits in usually does. The
 * span is widened to the nearest sentence boundary on each side, but never by more than REACH
 * characters, because table rows and run-on lists can go on for pages without a full stop.
 */

/** Characters that end a sentence (or a table row) in the decoded text. */
const BOUNDARY = new Set(['。', '！', '？', '；', '\n']);
/** How far the passage may reach beyond the evidence span on each side. */
export const REACH = 100;

export interface PassageSpan {
  start: number;
  end: number;
  text: string;
}

/** The sentence containing text[start, end), cut at REACH characters either side. Pure. */
export function passageAround(text: string, start: number, end: number): PassageSpan {
  let from = start;
  const leftLimit = Math.max(0, start - REACH);
  while (from > leftLimit && !BOUNDARY.has(text[from - 1] ?? '')) from--;
  let to = end;
  const rightLimit = Math.min(text.length, end + REACH);
  // The closing punctuation belongs to the sentence, so it is included.
  while (to < rightLimit && !BOUNDARY.has(text[to - 1] ?? '')) to++;
  if (to > end && text[to - 1] === '\n') to--;
  // Leading white space (indentation, the rest of a blank line) adds nothing to the passage.
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  return { start: from, end: to, text: text.slice(from, to) };
}

/** Passage id: the document id and the span, so one sentence cited twice is stored once. */
export function passageId(docId: string, span: { start: number; end: number }): string {
  return `${docId}:${span.start}-${span.end}`;
}
