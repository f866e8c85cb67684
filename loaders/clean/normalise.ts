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

/** Code unit → its normalised code unit, filled as characters are met (0: not seen yet). */
const mapped = new Uint16Array(0x10000);

function normalisedCode(code: number): number {
  let m = mapped[code]!;
  if (m === 0) {
    const ch = String.fromCharCode(code);
    const out =
      code < 0x2e80 || (code >= 0xd800 && code <= 0xdfff)
        ? ch // ASCII, punctuation, surrogate halves (astral chars are left alone)
        : code >= 0xfe10
          ? toHalfWidth(ch)
          : simplifiedChar(ch);
    m = out.length === 1 ? out.charCodeAt(0) : code;
    mapped[code] = m;
  }
  return m;
}

/** Returns a string of exactly the same length (UTF-16 units) as `text`. */
export function normaliseCharacters(text: string): string {
  // Most text needs no change: copy unchanged runs as slices, rebuild only around changed characters.
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    const m = normalisedCode(code);
    if (m !== code) {
      out += text.slice(run, i) + String.fromCharCode(m);
      run = i + 1;
    }
  }
  return run === 0 ? text : out + text.slice(run);
}
