/**
 * Decode stage: raw bytes → the ORIGINAL text every evidence offset points into.
 *
 * The decoded string is never altered afterwards (no trimming, no BOM kept, no normalisation): later
 * stages build same-length views of it (see loaders/clean) so offsets stay valid.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DocumentError } from './document-error.js';

export { DocumentError };

export type DocumentFormat = 'text' | 'html';
export type DocumentEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedDocument {
  /** Base name of the input (as given by the caller). */
  file: string;
  /** The decoded original text (without BOM). Evidence offsets index into this string. */
  text: string;
  encoding: DocumentEncoding;
  format: DocumentFormat;
}

export interface DecodeOptions {
  /** Largest accepted input in bytes (default 20 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const HTML_EXTENSION = /\.(html?|xhtml)$/i;
const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function decodeDocument(
  bytes: Uint8Array,
  fileName: string,
  options: DecodeOptions = {},
): DecodedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new DocumentError(fileName, 'the file is empty');
  if (bytes.length > maxBytes) {
    throw new DocumentError(
      fileName,
      `the file is ${bytes.length} bytes, more than the limit of ${maxBytes} bytes`,
    );
  }
  const { text, encoding } = decodeBytes(bytes, fileName);
  if (text.trim().length === 0) throw new DocumentError(fileName, 'the file contains only white space');
  if (controlRatio(text) > 0.05)
    throw new DocumentError(fileName, 'the file looks binary (too many control characters)');
  const format: DocumentFormat =
    HTML_EXTENSION.test(fileName) || HTML_START.test(text.slice(0, 1024)) ? 'html' : 'text';
  return { file: fileName, text, encoding, format };
}

function decodeBytes(bytes: Uint8Array, fileName: string): { text: string; encoding: DocumentEncoding } {
  // Byte order marks decide outright.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), fileName), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: utf16(bytes.subarray(2), 'le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: utf16(bytes.subarray(2), 'be'), encoding: 'utf-16be' };

  const nulOrder = utf16ByNulPattern(bytes);
  if (nulOrder)
    return { text: utf16(bytes, nulOrder), encoding: nulOrder === 'le' ? 'utf-16le' : 'utf-16be' };
  if (bytes.includes(0)) throw new DocumentError(fileName, 'the file looks binary (it contains NUL bytes)');

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  // Not UTF-8: Chinese government pages are otherwise GBK/GB2312/GB18030 (GB18030 is a superset).
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  if (
    guess === '' ||
    /gb|big5|euc-cn|hz/.test(guess) ||
    guess.startsWith('iso-8859') ||
    guess.startsWith('windows')
  ) {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (replacementRatio(text) < 0.01) return { text, encoding: 'gb18030' };
  }
  throw new DocumentError(
    fileName,
    `cannot decode the text (not UTF-8, UTF-16 or GB18030; detector guessed ${guess || 'nothing'})`,
  );
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array, fileName: string): string {
  const text = tryUtf8(bytes);
  if (text === null)
    throw new DocumentError(fileName, 'the file starts with a UTF-8 byte order mark but is not valid UTF-8');
  return text;
}

function utf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  return new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
}

/**
 * UTF-16 without BOM: ASCII-heavy text has NULs at every other byte. Chinese text in UTF-16 has few
 * NULs, so also accept an even length with NUL bytes consistently on one parity only.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = sample.length / 2;
  // A few NULs on the other parity come from code points like U+4E00 (bytes 00 4E).
  if (oddNul >= pairs * 0.05 && evenNul <= oddNul / 20) return 'le';
  if (evenNul >= pairs * 0.05 && oddNul <= evenNul / 20) return 'be';
  return null;
}

/** Share of C0 control characters other than tab, newline, carriage return, form feed. */
function controlRatio(text: string): number {
  const sample = text.slice(0, 65536);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) bad++;
  }
  return sample.length === 0 ? 0 : bad / sample.length;
}

function replacementRatio(text: string): number {
  let bad = 0;
  for (const ch of text) if (ch === '\ufffd') bad++;
  return text.length === 0 ? 0 : bad / text.length;
}
