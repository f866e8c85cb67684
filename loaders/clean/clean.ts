/**
 * Clean stage: the text the recognisers read, with a map back to the decoded original so that every
 * evidence span is a span of the original (`quote === original.slice(start, end)`):
 *   1. HTML markup → spaces (text content stays in place);
 *   2. characters normalised (full-width → ASCII, traditional → simplified);
 *   3. boilerplate (navigation, contacts, copyright, teasers) → spaces;
 *   4. the site's word-filter artefacts repaired (头部季度 → 第一季度, 蕞 → 最);
 *   5. insertions removed: pinyin readings some sites put after characters (关(guān)于 → 关于).
 * Steps 1-4 keep the length; step 5 deletes, and `toOriginal` records where each character came from.
 */
import type { DecodedDocument } from '../decode/decode.js';
import { repairArtefacts } from './artefacts.js';
import { blankSpans, findBoilerplateSpans } from './boilerplate.js';
import { blankMarkup } from './html.js';
import { normaliseCharacters } from './normalise.js';

export { findBoilerplateSpans, blankSpans, type TextSpan } from './boilerplate.js';
export { repairArtefacts } from './artefacts.js';
export { blankMarkup } from './html.js';
export { normaliseCharacters, toHalfWidth } from './normalise.js';

export interface CleanText {
  /** What the recognisers read. */
  text: string;
  /** The decoded original. */
  original: string;
  /** toOriginal[i] = index in `original` of text[i]; toOriginal[text.length] = original.length. */
  toOriginal: Int32Array;
}

/** A pinyin reading in parentheses right after a Chinese character: 关(guān), 项(xiàng). */
const PINYIN = /(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑ]{1,6}\)/gu;

export function cleanForRecognition(doc: DecodedDocument): CleanText {
  const plain = doc.format === 'html' ? blankMarkup(doc.text) : doc.text;
  const normalised = normaliseCharacters(plain);
  const withoutBoilerplate = blankSpans(normalised, findBoilerplateSpans(normalised));
  const repaired = repairArtefacts(withoutBoilerplate);
  if (repaired.length !== doc.text.length) {
    // A bug, not bad input: every step above must preserve length.
    throw new Error(`clean changed the length of ${doc.file}: ${doc.text.length} → ${repaired.length}`);
  }
  return removeInsertions(repaired, doc.text);
}

function removeInsertions(text: string, original: string): CleanText {
  const cuts = [...text.matchAll(PINYIN)].map((m) => [m.index, m.index + m[0].length] as const);
  const toOriginal = new Int32Array(text.length + 1);
  if (cuts.length === 0) {
    for (let i = 0; i <= text.length; i++) toOriginal[i] = i;
    return { text, original, toOriginal };
  }
  let out = '';
  let kept = 0;
  let from = 0;
  for (const [start, end] of [...cuts, [text.length, text.length] as const]) {
    out += text.slice(from, start);
    for (let i = from; i < start; i++) toOriginal[kept++] = i;
    from = end;
  }
  toOriginal[kept] = original.length;
  return { text: out, original, toOriginal: toOriginal.slice(0, kept + 1) };
}

/** The original span of a cleaned span [start, end). */
export function originalSpan(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const s = clean.toOriginal[start]!;
  const e = end > start ? clean.toOriginal[end - 1]! + 1 : s;
  return { start: s, end: e };
}
