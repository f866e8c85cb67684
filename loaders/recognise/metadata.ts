/**
 * A document's metadata read off its text, for documents that come without a manifest (a user's
 * file, the hidden evaluation sets): title, genre, date, the place it speaks for and the mention of
 * its issuer. General cues only (data/metadata-cues.json); resolve/document.ts turns the place and
 * the issuer mention into the jurisdiction and the canonical issuer.
 */
import type { Genre } from '../../src/model/graph-json.js';
import cueFile from '../data/metadata-cues.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';
import { findAgencyMentions, type AgencyMention } from './agencies.js';
import { PlaceFinder, placeChain, type Place } from './gazetteer.js';

interface MetadataCues {
  titleWords: string[];
  genres: { genre: string; title: string[]; body: string[]; titleWeight: number; bodyWeight: number }[];
  bodyCap: number;
  issuerFields: string[];
}
const cues = checkCueFile<MetadataCues>('metadata-cues.json', cueFile, {
  titleWords: 'strings',
  genres: {
    list: { genre: 'string', title: 'strings', body: 'strings', titleWeight: 'number', bodyWeight: 'number' },
  },
  bodyCap: 'number',
  issuerFields: 'strings',
});

export interface RecognisedMetadata {
  title: string;
  genre: Genre;
  date: string | null;
  /** The most specific place the document speaks for, when the text names one. */
  place: Place | null;
  /** Where the text names its issuer (a field, the title, a signature), if it does. */
  issuer: { mention: AgencyMention; text: string } | null;
  /** Some cue of the text named the genre; otherwise the genre is a guess (OTHER). */
  genreStated: boolean;
}

const HEAD = 3000;
const ISSUER_FIELD = new RegExp(`^(?:${cues.issuerFields.join('|')})\\s*[::]\\s*`, 'u');
const TITLE_LINE = /^.{5,90}$/u;
/** A column tag (【落实稳经济政策】) or a table-of-contents entry (●江海区推动…) names a part, not the document. */
const COLUMN_TAG = /^【[^】]*】$|^[●•◆■▪]/u;

/** A line that names a part of the document (a column tag, a contents entry), not the document or an article. */
export function namesAPart(line: string): boolean {
  return COLUMN_TAG.test(line.trim());
}

export function recogniseMetadata(clean: string, file: string): RecognisedMetadata {
  const lines = clean
    .slice(0, HEAD)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const title = findTitle(lines) ?? file;
  const { genre, stated } = findGenre(title, clean);
  // first the place named most, then again knowing its city (its districts, towns and zones)
  const first = placeOf(title, lines, new PlaceFinder({ place: null }));
  const place = first ? (placeOf(title, lines, new PlaceFinder({ place: first })) ?? first) : null;
  const local = new PlaceFinder({ place });
  const issuer = findIssuer(title, lines, clean, local);
  return {
    title,
    genre,
    date: findDate(clean),
    place: issuerPlace(issuer?.mention) ?? place,
    issuer,
    genreStated: stated,
  };
}

function findTitle(lines: string[]): string | undefined {
  const candidates = lines
    .slice(0, 40)
    .filter(
      (l) =>
        TITLE_LINE.test(l) &&
        !/[。;|]/u.test(l.slice(-1)) &&
        !l.includes('|') &&
        !/^[^:]{1,6}[::]/u.test(l) &&
        !namesAPart(l),
    );
  return candidates.find((l) => cues.titleWords.some((w) => l.includes(w))) ?? candidates[0];
}

/** The genre whose title and body cues weigh most (docs' titles may be missing from an excerpt). */
function findGenre(title: string, clean: string): { genre: Genre; stated: boolean } {
  const count = (word: string): number => Math.min(cues.bodyCap, clean.split(word).length - 1);
  let best: { genre: Genre; score: number } = { genre: 'OTHER', score: 0 };
  for (const g of cues.genres) {
    const score =
      (g.title.some((w) => title.includes(w)) ? g.titleWeight : 0) +
      g.body.reduce((sum, w) => sum + count(w), 0) * g.bodyWeight;
    if (score > best.score) best = { genre: g.genre as Genre, score };
  }
  return { genre: best.genre, stated: best.score > 0 };
}

/** The place in the title (its most specific), else the place named most often in the head. */
function placeOf(title: string, lines: string[], places: PlaceFinder): Place | null {
  const inTitle = places.find(title);
  if (inTitle.length) return mostSpecific(inTitle.map((m) => m.place));
  const counts = new Map<string, { place: Place; n: number }>();
  const found = places.find(lines.join('\n'));
  // 平湖 alone may be a word; once the text names 平湖街道, 平湖 is the street too
  const namedInFull = new Set(found.filter((m) => m.text.length >= 3).map((m) => m.place.id));
  for (const m of found) {
    if (m.place.level === 'TOWN' && m.text.length < 3 && !namedInFull.has(m.place.id)) continue;
    const c = counts.get(m.place.id) ?? { place: m.place, n: 0 };
    c.n++;
    counts.set(m.place.id, c);
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.n - a.n || depth(b.place) - depth(a.place) || (a.place.id < b.place.id ? -1 : 1),
  );
  const top = ranked[0];
  if (!top) return null;
  // a district or county of the most named place, named about as often, is the more specific speaker
  const inside = ranked.find(
    (c) =>
      c.n >= top.n && c.place.id !== top.place.id && placeChain(c.place).some((p) => p.id === top.place.id),
  );
  return (inside ?? top).place;
}

const depth = (p: Place): number =>
  ({ PROVINCE: 0, CITY: 1, ZONE: 2, DISTRICT: 2, COUNTY: 2, AREA: 3, TOWN: 3, VILLAGE: 4 })[p.level];

function mostSpecific(found: Place[]): Place {
  return [...found].sort((a, b) => depth(b) - depth(a))[0]!;
}

/** The issuer: a field (发布机构:…), the body the title starts with, or a signature before a date. */
function findIssuer(
  title: string,
  lines: string[],
  clean: string,
  places: PlaceFinder,
): { mention: AgencyMention; text: string } | null {
  const first = (text: string): AgencyMention | undefined =>
    findAgencyMentions(text, places).find((m) => m.body.kind !== 'issuer');
  for (const line of lines.slice(0, 40)) {
    const field = ISSUER_FIELD.exec(line);
    if (!field) continue;
    const value = line.slice(field[0].length);
    const m = first(value);
    if (m && m.start === 0) return { mention: m, text: value };
  }
  const opening = first(title);
  if (opening && opening.start <= 1) return { mention: opening, text: title };
  const tail = clean.slice(-400);
  // spaces only inside a line (\s would cross lines and backtrack over every blank line)
  const signature = /\n[ \t]*([^\n]{4,40}?)[ \t]*\n[ \t\n]*(20\d\d|二〇[一二三四五六七八九〇]{2})年/u.exec(
    tail,
  );
  if (signature) {
    const m = first(signature[1]!);
    if (m) return { mention: m, text: signature[1]! };
  }
  return null;
}

function issuerPlace(m: AgencyMention | undefined): Place | null {
  return m?.prefix.kind === 'place' ? m.prefix.place : null;
}

const DATE_FIELD =
  /(发布日期|发布时间|成文日期|日期|时间)\s*[::]\s*(20\d\d)[-年./](\d{1,2})[-月./](\d{1,2})/u;
const DATE = /(20\d\d)[-年./](\d{1,2})[-月./](\d{1,2})日?/u;

function findDate(clean: string): string | null {
  const m =
    DATE_FIELD.exec(clean.slice(0, HEAD)) ?? DATE.exec(clean.slice(0, 1500)) ?? DATE.exec(clean.slice(-400));
  if (!m) return null;
  const [y, mo, d] = m[1]!.startsWith('20') ? [m[1]!, m[2]!, m[3]!] : [m[2]!, m[3]!, m[4]!];
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The document itself is no project (annotation guide §2: its 方案, 意见, 分解表): a name that its
 * title contains and that ends in a title word ("落实政府工作报告重点任务分工方案").
 */
export function namesTheDocument(name: string, title: string): boolean {
  return title.includes(name) && cues.titleWords.some((w) => name.endsWith(w));
}
