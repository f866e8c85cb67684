/**
 * Finds web-page boilerplate (navigation, post metadata, contact lines, copyright, related-article
 * teasers) so the clean stage can blank it: such spans must yield no facts. Cues live in
 * loaders/data/boilerplate.json.
 */
import cueFile from '../data/boilerplate.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';

const cues = checkCueFile<{
  shortLineMax: number;
  lines: string[];
  tails: string[];
  contacts: string[];
  spans: string[];
}>('boilerplate.json', cueFile, {
  shortLineMax: 'number',
  lines: 'strings',
  tails: 'strings',
  contacts: 'strings',
  spans: 'strings',
});

export interface TextSpan {
  start: number;
  end: number;
}

const LINE_CUES = cues.lines.map((p) => new RegExp(p, 'u'));
const TAIL_CUES = cues.tails.map((p) => new RegExp(p, 'u'));
const CONTACT_CUES = cues.contacts.map((p) => new RegExp(p, 'gu'));
const SPAN_CUES = cues.spans.map((p) => new RegExp(p, 'gu'));

/** Boilerplate spans of `text`, sorted and non-overlapping. Line spans exclude the line break. */
export function findBoilerplateSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    // Teaser blocks only start after the body began: a heading at the top is not a tail.
    if (lineStart > text.length / 3 && TAIL_CUES.some((re) => re.test(line))) {
      spans.push({ start: lineStart, end: text.length });
      break;
    }
    if (line.trim().length > 0 && LINE_CUES.some((re) => re.test(line))) {
      spans.push({ start: lineStart, end: lineEnd });
    } else {
      for (const re of SPAN_CUES) {
        for (const m of line.matchAll(re))
          spans.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length });
      }
      for (const re of CONTACT_CUES) {
        for (const m of line.matchAll(re)) {
          if (line.trim().length <= cues.shortLineMax) spans.push({ start: lineStart, end: lineEnd });
          else spans.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length });
        }
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextSpan[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Replaces every character of the spans by a space, keeping line breaks (same length). */
export function blankSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n\r]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
