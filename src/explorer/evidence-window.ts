/**
 * Which part of a document the evidence view reads (the quote with context either side, within the
 * API's range limit), and how that text splits around the quoted span. Pure.
 */

/** Characters of context read before and after a quote at first. */
export const CONTEXT = 2000;
/** The API's limit on one Document.text range (services/documents.ts MAX_TEXT_RANGE). */
export const MAX_RANGE = 50_000;

export interface Window {
  start: number;
  end: number;
}

/**
 * The range to read around [start, end): up to `before`/`after` characters either side, shared out in
 * proportion when both do not fit in one MAX_RANGE read (the quote itself always does).
 */
export function windowAround(start: number, end: number, before = CONTEXT, after = CONTEXT): Window {
  const room = Math.max(0, MAX_RANGE - (end - start));
  const wanted = before + after;
  const share = wanted > room ? Math.floor((room * before) / wanted) : before;
  const left = Math.min(start, before, share);
  const right = Math.min(after, room - left);
  return { start: start - left, end: end + right };
}

export interface Highlighted {
  before: string;
  quote: string;
  after: string;
}

/** Splits `text` (the document from offset `textStart`) into before / the span [start, end) / after. */
export function splitAt(text: string, textStart: number, start: number, end: number): Highlighted {
  const a = Math.max(0, Math.min(text.length, start - textStart));
  const b = Math.max(a, Math.min(text.length, end - textStart));
  return { before: text.slice(0, a), quote: text.slice(a, b), after: text.slice(b) };
}
