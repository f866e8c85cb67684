/**
 * Clean stage: a same-length view of the decoded original text for the recognisers. Offsets found in
 * the cleaned text are offsets into the original, because no step changes the length:
 *   1. HTML markup → spaces (text content stays in place);
 *   2. characters normalised (full-width → ASCII, traditional → simplified);
 *   3. boilerplate (navigation, contacts, copyright, teasers) → spaces;
 *   4. the site's word-filter artefacts repaired (头部季度 → 第一季度, 蕞 → 最).
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

export function cleanForRecognition(doc: DecodedDocument): string {
  const plain = doc.format === 'html' ? blankMarkup(doc.text) : doc.text;
  const normalised = normaliseCharacters(plain);
  const withoutBoilerplate = blankSpans(normalised, findBoilerplateSpans(normalised));
  const cleaned = repairArtefacts(withoutBoilerplate);
  if (cleaned.length !== doc.text.length) {
    // A bug, not bad input: every step above must preserve length.
    throw new Error(`clean changed the length of ${doc.file}: ${doc.text.length} → ${cleaned.length}`);
  }
  return cleaned;
}
