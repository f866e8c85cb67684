/**
 * Project names inside a span of words (an object, a subject): the span is split into its
 * coordinated items, each item trimmed to its name, and a name is kept when it names a work —
 * it ends with a head noun (工程, 产业园, 机制 …), it is quoted or a book title (“一网通办”, 《…办法》),
 * or the list it stands in says what its items are (A、B等44个重点产业项目).
 */
import type { ProjectKind } from '../../../src/model/graph-json.js';
import type { TextSpan } from '../../segment/spans.js';
import {
  abstractNames,
  cues,
  headEndingAt,
  isAggregate,
  isCategory,
  genericStems,
  leftStops,
  strictHeads,
  modifiers,
  nominalHeads,
  quantityLength,
} from './lexicon.js';

export interface NameCandidate extends TextSpan {
  /** The name without quotes and book-title marks. */
  name: string;
  kind: ProjectKind;
  /** How it was recognised: its head, its quotes, or the list's category. */
  basis: 'head' | 'quoted' | 'category';
}

const CONJUNCTION = /^(、|和|及|与|以及|并|或)/u;
const TRAILING_SHORTEST_FIRST = [...cues.trailingWork].sort((a, b) => a.length - b.length);

/** A name with an amount of money in it is a description (额超125亿元的重大项目). */
const MONEY = /\d[\d.,]*(?:万|亿)?元/u;
const OPENERS = '“《"(【';
const CLOSERS = '”》")】';

/** The names a span of words holds. `blocked` marks characters that belong to an agency name. */
export function namesIn(text: string, span: TextSpan, blocked: (pos: number) => boolean): NameCandidate[] {
  const { items, category } = enumeration(text, span);
  const trimmed = items.map((item) => trimItem(text, item)).filter((s): s is TextSpan => s !== null);
  const withHeads = distributeHead(text, trimmed);
  const out: NameCandidate[] = [];
  withHeads.forEach((item) => {
    if (blocked(item.end - 1) || (blocked(item.start) && !ownedName(text, item, blocked))) return;
    const candidate = nameOf(text, item, category);
    if (candidate) out.push(candidate);
  });
  return out;
}

/** 省委“1310”具体部署: a body's name right before a quoted name is the owner, part of the project's name. */
function ownedName(text: string, item: TextSpan, blocked: (pos: number) => boolean): boolean {
  let p = item.start;
  while (p < item.end && blocked(p)) p++;
  return p < item.end - 2 && /[“"《]/u.test(text[p]!);
}

/** The last occurrence of `word` inside text[start, end), or -1 (lastIndexOf alone would scan back to 0). */
function lastIndexWithin(text: string, word: string, start: number, end: number): number {
  const at = text.slice(start, end).lastIndexOf(word);
  return at < 0 ? -1 : start + at;
}

/** Items of a list and, when it ends in 等 + count + category (等44个重点产业项目), that category. */
function enumeration(text: string, span: TextSpan): { items: TextSpan[]; category: TextSpan | null } {
  const items = splitItems(text, span);
  const last = items[items.length - 1];
  if (!last) return { items, category: null };
  const etc = lastIndexWithin(text, '等', last.start, last.end);
  if (etc > last.start && etc > span.start) {
    let c = etc + 1;
    c += quantityLength(text.slice(c, last.end));
    const tail = text.slice(c, last.end).replace(/^(一批|系列|重点|重大|一系列|多项|各类)/u, '');
    const categoryStart = last.end - tail.length;
    if (isCategory(tail)) {
      const shortened = { start: last.start, end: etc };
      return { items: [...items.slice(0, -1), shortened], category: { start: categoryStart, end: last.end } };
    }
    if (tail.length === 0 || /^[个项家所条座批]/u.test(tail))
      return { items: [...items.slice(0, -1), { start: last.start, end: etc }], category: null };
  }
  return { items, category: null };
}

/** Split at 、 and at 和/及/与 (outside quotes) when the part before is itself a name. */
function splitItems(text: string, span: TextSpan): TextSpan[] {
  const items: TextSpan[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    // “一网通办”“一网统管”: quoted names written one after another are items too
    if (ch === '“' && text[i - 1] === '”' && i > start && depth === 0) {
      items.push({ start, end: i });
      start = i;
    }
    if (OPENERS.includes(ch) && !(ch === '"' && depth > 0)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
    if (depth > 0) continue;
    const conj = CONJUNCTION.exec(text.slice(i, i + 2));
    if (!conj) continue;
    const isComma = conj[0] === '、';
    if (!isComma && !endsWithName(text, { start, end: i })) continue;
    items.push({ start, end: i });
    start = i + conj[0].length;
    i = start - 1;
  }
  items.push({ start, end: span.end });
  return items.filter((s) => s.end > s.start);
}

function endsWithName(text: string, span: TextSpan): boolean {
  if (span.end - span.start < 2) return false;
  const last = text[span.end - 1]!;
  if (CLOSERS.includes(last)) return true;
  const head = headEndingAt(text, span.end);
  return head !== undefined && head.start > span.start;
}

/** Strip what is not the name: modifiers, counts, 的-phrases, a description before ——, work words after. */
function trimItem(text: string, item: TextSpan): TextSpan | null {
  let { start, end } = item;
  const dash = lastIndexWithin(text, '——', start, end);
  if (dash >= start) start = dash + 2;
  for (let changed = true; changed && start < end;) {
    changed = false;
    const m = modifiers.longestAt(text, start, end) ?? leftStops.longestAt(text, start, end);
    if (m && m.end < end) {
      start = m.end;
      changed = true;
    }
    const q = quantityLength(text.slice(start, end));
    if (q && start + q < end) {
      start += q;
      changed = true;
    }
  }
  // a describing 的-phrase (全市最大的…) is left out; a defining one (20万吨级的…项目) stays
  const de = lastIndexWithin(text, '的', start, end);
  if (de >= start && de < end - 2 && cues.descriptorBeforeDe.some((w) => text.slice(start, de).includes(w)))
    start = de + 1;
  end = trimTrailingWork(text, start, end);
  return end - start >= cues.minName ? { start, end } : null;
}

/** …物流园建设 → …物流园: a work word after a head belongs to the verb. */
function trimTrailingWork(text: string, start: number, end: number): number {
  // the shortest cut that leaves a head: 一期工程建设 → 一期工程, not 一期
  for (const w of TRAILING_SHORTEST_FIRST) {
    if (!text.startsWith(w, end - w.length)) continue;
    const cut = end - w.length;
    const head = headEndingAt(text, cut);
    if (cut - start >= cues.minName && (head || CLOSERS.includes(text[cut - 1]!))) return cut;
  }
  return end;
}

/** 定东、三虎输变电工程: a short item without a head before a full name shares that name's head. */
function distributeHead(text: string, items: TextSpan[]): SharedItem[] {
  const last = items[items.length - 1];
  const head = last ? headEndingAt(text, last.end) : undefined;
  if (!last || !head || head.start <= last.start) return items;
  const shared = text.slice(head.start, last.end);
  return items.map((item) => {
    if (item === last || item.end - item.start > 8 || headEndingAt(text, item.end)) return item;
    if (CLOSERS.includes(text[item.end - 1]!)) return item;
    return { ...item, shared };
  });
}

type SharedItem = TextSpan & { shared?: string };

function nameOf(text: string, item: SharedItem, category: TextSpan | null): NameCandidate | null {
  const written = text.slice(item.start, item.end);
  if (item.shared && !category) {
    const head = headEndingAt(item.shared, item.shared.length);
    return {
      start: item.start,
      end: item.end,
      name: written + item.shared,
      kind: head?.kind ?? 'INFRASTRUCTURE',
      basis: 'head',
    };
  }
  const quoted = quotedName(written);
  if (quoted) {
    const head = headEndingAt(quoted, quoted.length);
    return {
      ...item,
      name: quoted,
      kind: head?.kind ?? (written.startsWith('《') ? 'MEASURE' : 'PROGRAM'),
      basis: 'quoted',
    };
  }
  if (written.length > cues.maxName || isAggregate(written) || abstractNames.has(written)) return null;
  if (/[,。;:!?]/u.test(written) || MONEY.test(written)) return null;
  const head = headEndingAt(text, item.end);
  if (head && head.start >= item.start) {
    const headWord = text.slice(head.start, item.end);
    const stem = text.slice(item.start, head.start);
    const minStem = nominalHeads.has(headWord)
      ? cues.nominalMinStem
      : strictHeads.has(headWord)
        ? cues.strictMinStem
        : 1;
    if (
      stem.length >= minStem &&
      !genericStems.has(stem) &&
      !genericStems.has(stem.replace(/^(?:\d+|[一二两三四五六七八九十]+)[个项家批条座所]/u, ''))
    )
      return { ...item, name: written, kind: head.kind, basis: 'head' };
  }
  if (category) {
    const categoryHead = headEndingAt(text, category.end);
    return { ...item, name: written, kind: categoryHead?.kind ?? 'PROGRAM', basis: 'category' };
  }
  return null;
}

/** The name inside quotes or book-title marks when they wrap the whole item (“一网通办”, 《…》). */
function quotedName(written: string): string | null {
  const m = /^(?:“([^”]+)”|《([^》]+)》|"([^"]+)")$/u.exec(written);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}
