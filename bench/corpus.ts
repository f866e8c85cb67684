/**
 * Benchmark corpus: `factor` × the seeds' size of realistic text, made from the seeds themselves.
 *
 * Copying the seeds verbatim would collapse into the same node ids (ids are content- and name-derived),
 * so a 100× load would measure 1× worth of distinct nodes. Each generated document is therefore one
 * seed, sentence-shuffled inside its paragraphs, with the Guangdong city names permuted, an ordinal
 * (一号, 二号, …) put into project-like names and amounts varied. Everything is driven by a PRNG seeded
 * from (seed file, copy number), so the output is deterministic and a smaller corpus is a prefix of a
 * larger one.
 *
 * API (used by the load and extraction benchmarks; keep it stable):
 *   generateCorpus(factor, seedDir = 'seeds') → CorpusDocument[]
 * CLI:
 *   npm run bench:corpus -- <factor> [--seeds dir] [--out dir]   (default out: bench/corpus/<factor>x/)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeDocument } from '../loaders/index.js';
import { mulberry32 } from './random.js';

export interface CorpusDocument {
  /** File name (no directory), unique within the corpus, e.g. `c00042_000_8bbcd799bbb03f60.txt`. */
  file: string;
  text: string;
}

/** The 21 prefecture-level cities of Guangdong: the pool city names are permuted within. */
const GUANGDONG_CITIES = [
  '广州',
  '深圳',
  '珠海',
  '汕头',
  '佛山',
  '韶关',
  '河源',
  '梅州',
  '惠州',
  '汕尾',
  '东莞',
  '中山',
  '江门',
  '阳江',
  '湛江',
  '茂名',
  '肇庆',
  '清远',
  '潮州',
  '揭阳',
  '云浮',
];
const CITY_PATTERN = new RegExp(GUANGDONG_CITIES.join('|'), 'g');

/**
 * Head words that end project-like names; the ordinal goes in front of them (十字门隧道 → 十字门三号隧道),
 * unless the word before is a generic determiner (等项目, 重点项目 stay generic).
 */
const PROJECT_HEAD =
  /(?<=[\p{Script=Han}A-Za-z0-9）)])(?:项目|工程|隧道|大桥|大道|高铁|铁路|码头|产业园|园区|基地|实验室|研究院|走廊|枢纽|平台)/gu;
const GENERIC_BEFORE = new Set([
  '等',
  '的',
  '个',
  '类',
  '该',
  '本',
  '各',
  '点',
  '大',
  '和',
  '与',
  '及',
  '建',
  '批',
  '新',
  '家',
  '主',
  '型',
  '级',
]);

/** Amounts and counts whose numbers get varied (dates, article numbers and percentages-of-plan stay). */
const AMOUNT_PATTERN = /(\d+(?:\.\d+)?)(?=\s*(?:亿元|万元|元|亿|万|个|家|项|宗))/g;

/** Sentence ends: a sentence keeps its terminator. */
const SENTENCE_PATTERN = /[^。；;！!？?]+[。；;！!？?]*/g;

export function generateCorpus(factor: number, seedDir = 'seeds'): CorpusDocument[] {
  if (!Number.isFinite(factor) || factor <= 0)
    throw new RangeError(`corpus factor must be > 0, got ${factor}`);
  const seeds = readSeeds(seedDir);
  if (seeds.length === 0) throw new Error(`no seed documents in ${seedDir}`);
  const count = Math.max(1, Math.round(factor * seeds.length));
  const documents: CorpusDocument[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const copy = Math.floor(i / seeds.length);
    documents.push({
      file: `c${String(i).padStart(5, '0')}_${seed.file}`,
      text: varySeed(seed.text, copy, seed.file),
    });
  }
  return documents;
}

/** Total size of a corpus in UTF-8 bytes (what the benchmarks report MB of). */
export function corpusBytes(documents: readonly CorpusDocument[]): number {
  return documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
}

function readSeeds(seedDir: string): CorpusDocument[] {
  return (
    readdirSync(seedDir)
      // documents only: seeds/manifest.json is metadata
      .filter((f) => !f.startsWith('.') && !f.endsWith('.json'))
      .sort()
      .map((file) => ({ file, text: decodeDocument(readFileSync(join(seedDir, file)), file).text }))
  );
}

/** One copy of one seed. Copy 0 of every seed varies too, so that no output equals a seed. */
export function varySeed(text: string, copy: number, seedFile: string): string {
  const random = mulberry32(hashString(`${seedFile}#${copy}`));
  const cities = permutation(GUANGDONG_CITIES, random);
  const ordinal = `${chineseNumber(copy + 1)}号`;
  const paragraphs = text.split('\n').map((line) => shuffleSentences(line, random));
  return paragraphs
    .join('\n')
    .replace(CITY_PATTERN, (city) => cities[GUANGDONG_CITIES.indexOf(city)]!)
    .replace(PROJECT_HEAD, (head, offset: number, whole: string) =>
      GENERIC_BEFORE.has(whole[offset - 1] ?? '') ? head : `${ordinal}${head}`,
    )
    .replace(AMOUNT_PATTERN, (number: string) => varyNumber(number, random));
}

/** Keeps a paragraph's first sentence (its heading or item number) and shuffles the rest. */
function shuffleSentences(line: string, random: () => number): string {
  const sentences = line.match(SENTENCE_PATTERN);
  if (!sentences || sentences.length < 3 || sentences.join('') !== line) return line;
  const [first, ...rest] = sentences;
  return first + permutation(rest, random).join('');
}

/** Scales a number by 0.5–1.5, keeping its number of decimals (and never reaching 0). */
function varyNumber(number: string, random: () => number): string {
  const decimals = number.includes('.') ? number.length - number.indexOf('.') - 1 : 0;
  const scaled = Number(number) * (0.5 + random());
  const minimum = 10 ** -decimals;
  return Math.max(minimum, scaled).toFixed(decimals);
}

function permutation<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 105 → 一百零五, 2024 → 二千零二十四 (enough for ordinals below 10 000). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]) + unit;
  });
  return out;
}

/** FNV-1a: a stable 32-bit seed from a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Writes the corpus to `outDir` (replacing what is there) and returns its size. */
export function writeCorpus(
  factor: number,
  outDir = join('bench', 'corpus', `${factor}x`),
  seedDir = 'seeds',
): { dir: string; files: number; bytes: number } {
  const documents = generateCorpus(factor, seedDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const d of documents) writeFileSync(join(outDir, d.file), d.text);
  return { dir: outDir, files: documents.length, bytes: corpusBytes(documents) };
}

function main(argv: string[]): number {
  const positional = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const factor = Number(positional[0]);
  if (!positional[0] || !Number.isFinite(factor) || factor <= 0) {
    console.error('usage: npm run bench:corpus -- <factor> [--seeds dir] [--out dir]');
    return 2;
  }
  const { dir, files, bytes } = writeCorpus(
    factor,
    option('--out') ?? join('bench', 'corpus', `${factor}x`),
    option('--seeds') ?? 'seeds',
  );
  console.error(`wrote ${files} documents, ${(bytes / 1e6).toFixed(2)} MB, to ${resolve(dir)}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
