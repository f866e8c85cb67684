/**
 * Chinese and mixed numerals → numbers: 十二亿五千万 → 1250000000, 1.2万亿 → 1.2e12, 5422万 → 54220000,
 * 二〇二四 → 2024 (a run of bare digits is read digit by digit, as years are written).
 *
 * Written by hand because the npm converters get mixed Arabic/Chinese forms and 〇 years wrong.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  O: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
/** Small units multiply the digit before them inside a section of ten thousand. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters a numeral may consist of (Arabic digits, separators, Chinese digits and units). */
export const NUMERAL_CHARS = '0-9.,零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';

/** Parses a numeral; returns null when `text` is not one. */
export function parseChineseNumber(input: string): number | null {
  const text = toAsciiDigits(input.trim()).replace(/萬/g, '万').replace(/億/g, '亿');
  if (text.length === 0) return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  // A run of Chinese digits with no unit (二〇二四, 一九九七) is read digit by digit.
  if (text.length > 1 && [...text].every((ch) => ch in DIGITS)) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }

  let total = 0; // everything already multiplied by 亿
  let section = 0; // the part below the current 亿, including 万 multiples
  let pending: number | null = null; // the number waiting for its unit
  let sawDigit = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const arabic = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(text.slice(i));
    if (arabic) {
      if (pending !== null) return null; // two numbers in a row
      pending = Number(arabic[0].replace(/,/g, ''));
      sawDigit = true;
      i += arabic[0].length;
      continue;
    }
    if (ch in DIGITS) {
      const d = DIGITS[ch]!;
      // 零 is a place holder (一百零五); any other digit after a digit is malformed here
      if (d === 0) {
        sawDigit = true;
      } else {
        if (pending !== null) return null;
        pending = d;
        sawDigit = true;
      }
      i++;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // 十 alone means 一十 (十二 = 12)
      section += (pending ?? 1) * small;
      pending = null;
      sawDigit = true;
      i++;
      continue;
    }
    if (ch === '万') {
      if (!sawDigit) return null;
      section = (section + (pending ?? 0)) * 1e4;
      pending = null;
      i++;
      continue;
    }
    if (ch === '亿') {
      if (!sawDigit) return null;
      total = (total + section + (pending ?? 0)) * 1e8;
      section = 0;
      pending = null;
      i++;
      continue;
    }
    return null;
  }
  if (!sawDigit) return null;
  return roundAmount(total + section + (pending ?? 0));
}

/** Removes floating-point noise from decimal × 10^n (4.19 × 1e8 = 419000000.00000006). */
export function roundAmount(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Full-width digits and punctuation → ASCII (the clean stage does this too; parse raw text as well). */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0c\uff0e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
