/**
 * Character-level normalisation for matching, always one character for one character so offsets into
 * the original text stay valid: full-width ASCII → ASCII, ideographic space → space, traditional →
 * simplified (OpenCC, per character; a character whose conversion is not one character is kept).
 */
import * as OpenCC from 'opencc-js';

let toSimplified: ((s: string) => string) | undefined;
const scriptCache = new Map<string, string>();

/** Full-width forms (U+FF01–U+FF5E) → ASCII; U+3000 → space. Parentheses become ASCII ( ). */
export function toHalfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return ' ';
  if (ch === '﹙') return '(';
  if (ch === '﹚') return ')';
  return ch;
}

function simplifiedChar(ch: string): string {
  const cached = scriptCache.get(ch);
  if (cached !== undefined) return cached;
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  const converted = convert(ch);
  const result = converted.length === ch.length ? converted : ch;
  scriptCache.set(ch, result);
  return result;
}

/** Returns a string of exactly the same length (UTF-16 units) as `text`. */
export function normaliseCharacters(text: string): string {
  const out: string[] = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x2e80) out[i] = ch;
    else if (code >= 0xd800 && code <= 0xdfff)
      out[i] = ch; // surrogate halves: leave astral chars alone
    else if (code >= 0xfe10) out[i] = toHalfWidth(ch);
    else out[i] = simplifiedChar(ch);
  }
  return out.join('');
}
