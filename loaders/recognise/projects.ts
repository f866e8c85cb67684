/**
 * Named project mentions: a name ending in a project head noun (隧道, 高铁, 产业园, 平台, 项目,
 * 二期…, data/project-cues.json), extended left over words until a verb/preposition/conjunction
 * ('推进', '依托', '和'…) or punctuation, and right over continuations (珠海LNG二期 + 工程).
 *
 * jieba is used only to find word boundaries for that left walk; what is a project comes from our
 * head list. Enumerations split ("A隧道、B隧道、C隧道等互联互通项目" gives A, B, C and the group).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import cues from '../data/project-cues.json' with { type: 'json' };
import type { ProjectKind } from '../../src/model/graph-json.js';
import { PhraseTrie } from './phrase-trie.js';
import type { TextSpan } from '../segment/spans.js';

export interface ProjectMention {
  start: number;
  end: number;
  /** The name as written in the cleaned text (artefacts repaired). */
  name: string;
  /** Normalised name: the node id is `project:` + key. */
  key: string;
  kind: ProjectKind;
  /** True for an enumeration with 等 ("A、B、C等互联互通项目"). */
  group: boolean;
  /**
   * An enumeration closed by a bare or counting head ("A、B等项目", "A、B等一批重点项目"): not a
   * project of its own. It is kept so that a fact about the whole list (an amount right after it)
   * can go to what encloses the list instead of to its last item.
   */
  aggregate?: boolean;
  /** A bare head after 等 (internal: only kept as part of a group). */
  headOnly?: boolean;
}

const headTrie = new PhraseTrie<ProjectKind>(cues.heads.map((h) => [h.head, h.kind as ProjectKind]));
const continuationTrie = new PhraseTrie<true>(cues.continuations.map((c) => [c, true]));
const leftStops = new Set(cues.leftStops);
const genericStems = new Set(cues.genericStems);
const GENERIC_HEADS = new Set(['项目', '工程', '一期', '二期', '三期', '四期', '建设']);
const PHASE = /^\(?[一二三四五六七八九十]期\)?/;
const SEGMENT = /^[\u4e00-\u9fff]{2,8}至[\u4e00-\u9fff]{2,8}段/;
const COUNTED = /\d+(\.\d+)?(个|项|宗|家|批|座|条|所)|季度|\d月|\d日/;
const AMOUNT_INSIDE = /\d(\.\d+)?(万|亿)元/;
const COUNT_AFTER = /^\d+(个|项|宗|家|批|座|条|所)/;
const WINDOW_BREAK = /[,。;:!?、]/;
const FUNCTION_TAGS = new Set(cues.functionTags);
const HEAD_LIST = [...cues.heads.map((h) => h.head), ...cues.continuations];
const HEAD_WORDS = new Set([...cues.heads.map((h) => h.head), ...cues.continuations]);
const NAME_PUNCT = new Set(['“', '”', '"', '(', ')', '《', '》', '·', '-', '—']);

/** A stop word, or a word the segmenter glued onto one (大力开展 ends with 开展). */
function isStop(word: string): boolean {
  if (leftStops.has(word)) return true;
  // only when the front part is a stop too (大力 + 开展), not a noun (工程 + 建设)
  for (let i = 1; i < word.length - 1; i++)
    if (leftStops.has(word.slice(i)) && leftStops.has(word.slice(0, i))) return true;
  return false;
}

const MODIFIER_HEADS = new Set(cues.modifierHeads);
const NOUN_MODIFIED = new Set(['项目', '工程']);
const INSTRUMENT_HEADS = new Set(cues.instrumentHeads);
const INSTRUMENT_SPECIFIC = new RegExp(cues.instrumentSpecific, 'u');
const GROUP_QUANTIFIERS = [...cues.groupQuantifiers].sort((a, b) => b.length - a.length);
const NOUN_TAGS = /^(n|ng|nr|ns|nt|nz|nrt|nrfg)$/;

let jieba: Jieba | undefined;
function words(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
}

/**
 * Part-of-speech tag of one word the segmenter produced, memoised per process: the words looked up
 * (the few before and after each head) repeat a lot, so tagging each distinct word once is far
 * cheaper than tagging text again or loading the whole dictionary into a map.
 */
const tags = new Map<string, string>();
export function tagOf(word: string): string {
  let tag = tags.get(word);
  if (tag === undefined) {
    jieba ??= Jieba.withDict(dict);
    const tagged = jieba.tag(word, false);
    tag = tagged.length === 1 ? tagged[0]!.tag : /^\d/.test(word) ? 'm' : 'x';
    if (tags.size > 200_000) tags.clear();
    tags.set(word, tag);
  }
  return tag;
}

export function projectKey(name: string): string {
  const plain = name.replace(/[\s“”"'‘’《》()()「」·]/g, '');
  const stripped = plain.replace(/(项目建设|项目|工程|建设)+$/, '');
  return stripped.length >= 3 ? stripped : plain;
}

function kindOf(name: string, headKind: ProjectKind, head: string): ProjectKind {
  if (!GENERIC_HEADS.has(head)) return headKind;
  for (const c of cues.kindCues) if (name.includes(c.cue)) return c.kind as ProjectKind;
  return headKind;
}

/** Strips heads and continuations off the end: what is left must say WHICH project. */
function stemOf(name: string): string {
  let s = name.replace(/[“”"()《》]/g, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const h of HEAD_LIST) {
      if (s.endsWith(h) && s.length > h.length) {
        s = s.slice(0, -h.length);
        changed = true;
      }
    }
  }
  s = s.replace(/^(全省|全市|全区|省|市|区)/, '').replace(/的$/, '');
  return HEAD_WORDS.has(s) ? '' : s;
}

/** Leading verbs, adverbs, conjunctions… are not part of a name (提高重大项目, 及时解决项目). */
function functionWordsAtStart(tokens: readonly string[]): number {
  let cut = 0;
  for (const word of tokens) {
    if (word === '“' || !FUNCTION_TAGS.has(tagOf(word)) || /^\d/.test(word)) break;
    // a one-character 'verb' is often a noun inside a name (站城融合): only listed stops go
    if (word.length < 2 && !leftStops.has(word)) break;
    cut += word.length;
  }
  return cut;
}

/**
 * A generic head (项目, 工程) needs a stem that names something: a stem that is a verb phrase
 * (促投产项目, 多渠道解决项目, 获批项目) describes projects, it does not name one.
 */
function namesSomething(name: string, head: string, firstWord: () => string | undefined): boolean {
  if (!GENERIC_HEADS.has(head) && head !== '计划' && head !== '规划') return true;
  const stem = name.slice(0, name.length - head.length);
  if (/[A-Za-z“《]/.test(stem)) return true;
  if (cues.stemVerbPrefixes.some((v) => stem.startsWith(v))) return false;
  const first = firstWord();
  if (!first) return true;
  const tag = tagOf(first);
  return !((tag === 'v' && first.length >= 2) || tag === 'a' || tag === 'd');
}

/** An adverb followed by a verb (一律 + 签订): the words say what is done, they name nothing. */
function clauseStem(tokens: readonly string[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.length >= 2 && tagOf(tokens[i]!) === 'd' && tagOf(tokens[i + 1]!).startsWith('v'))
      return true;
  }
  return false;
}

/** Money instruments (专项债券) are what funds projects; only a dated or numbered batch is a programme. */
function instrumentWithoutBatch(name: string): boolean {
  const plain = name.replace(/[“”"()《》]/g, '').replace(/(项目|工程)$/, '');
  for (const h of INSTRUMENT_HEADS)
    if (plain.endsWith(h)) return !INSTRUMENT_SPECIFIC.test(plain.slice(0, plain.length - h.length));
  return false;
}

/** What stays of the words after 等 once counting and rating words are gone (一批重点 → ''). */
export function groupCategory(headName: string): string {
  let s = stemOf(headName);
  for (let changed = true; changed && s;) {
    changed = false;
    for (const q of GROUP_QUANTIFIERS) {
      if (s.startsWith(q)) {
        s = s.slice(q.length);
        changed = true;
      }
    }
  }
  return s;
}

function acceptable(name: string): boolean {
  if (name.length < cues.minNameLength || name.length > cues.maxNameLength) return false;
  const stem = stemOf(name);
  if (stem.length < 2 || genericStems.has(stem)) return false;
  // "2023年度计划": a date and a generic head name no programme
  if (/^\d{2,4}年度?(计划|规划|项目|工程)$/.test(name)) return false;
  // "经济效益优重点项目": a rating word right before the head makes it a category
  if (/(重点|重大|一批)$/.test(stem) && !/[“"]/.test(name)) return false;
  if (COUNTED.test(name) || (/^\d/.test(stem) && !/^\d+([a-zA-Z]|年)/.test(stem))) return false;
  if ((name.match(/“/g) ?? []).length !== (name.match(/”/g) ?? []).length) return false;
  if ((name.match(/\(/g) ?? []).length !== (name.match(/\)/g) ?? []).length) return false;
  return true;
}

/** The 《…》 title a head sits in (offsets of 《 and 》), if any. */
function titleAround(sentence: string, head: TextSpan): TextSpan | undefined {
  const open = sentence.lastIndexOf('《', head.start);
  if (open < 0) return undefined;
  const closeBefore = sentence.indexOf('》', open);
  if (closeBefore >= 0 && closeBefore < head.start) return undefined;
  return { start: open, end: closeBefore < 0 ? sentence.length : closeBefore };
}

/** "情侣南路(横琴大桥至横琴二桥段)": a head inside a route-segment bracket is an end point. */
function insideSegmentBracket(sentence: string, head: TextSpan): boolean {
  const open = sentence.lastIndexOf('(', head.start);
  if (open < 0 || sentence.slice(open, head.start).includes(')')) return false;
  const close = sentence.indexOf(')', head.end);
  return close > 0 && /至.*段$/.test(sentence.slice(open + 1, close));
}

/** A parenthesis (closing at `close`) that opens its clause is a label ("(华南绿能港)继续…"). */
function labelParenthesis(sentence: string, close: number): boolean {
  const open = sentence.lastIndexOf('(', close);
  return open <= 0 || /[,。;:、\s]/.test(sentence[open - 1]!);
}

/** Named project mentions inside one sentence (or any short span) of the cleaned text. */
export function findProjectMentions(text: string, span: TextSpan): ProjectMention[] {
  const sentence = text.slice(span.start, span.end);
  const heads = headTrie.scan(sentence);
  // most sentences name no project: segment only those that have a head noun
  if (heads.length === 0) return [];
  // Word boundaries are needed only around each head: the clause it sits in (from the last
  // punctuation before it to the first after it) is segmented once and shared by the heads in it,
  // which keeps jieba off the rest of long sentences.
  let clauseFrom = -1;
  let clauseTo = -1;
  let tokens: string[] = [];
  let starts: number[] = [];
  const segmentClause = (head: TextSpan) => {
    let from = 0;
    for (let k = head.start - 1; k >= 0; k--) {
      if (WINDOW_BREAK.test(sentence[k]!)) {
        from = k + 1;
        break;
      }
    }
    // a very long clause: only what a name can span
    from = Math.max(from, head.start - cues.maxNameLength - 2);
    if (from === clauseFrom && head.end <= clauseTo) return;
    let to = head.end;
    while (to < sentence.length && to - head.end < 40 && !WINDOW_BREAK.test(sentence[to]!)) to++;
    clauseFrom = from;
    clauseTo = to;
    tokens = words(sentence.slice(from, to));
    starts = [];
    let pos = from;
    for (const t of tokens) {
      starts.push(pos);
      pos += t.length;
    }
  };
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** The tokens from `from` up to `to` when `from` is a token boundary, else a fresh cut. */
  const tokensBetween = (from: number, to: number): string[] => {
    const k = tokenAt(from);
    if (starts[k] !== from || from < clauseFrom) return words(sentence.slice(from, to));
    const out: string[] = [];
    for (let i = k; i < tokens.length && starts[i]! + tokens[i]!.length <= to; i++) out.push(tokens[i]!);
    return out;
  };

  const raw: ProjectMention[] = [];
  for (const h of heads) {
    if (cues.headBlockers.includes(sentence[h.end] ?? '\u0000')) continue;
    if (insideSegmentBracket(sentence, h)) continue;
    // right: continuations, phases in brackets, route segments (珠海至肇庆高铁 + 珠海至江门段)
    let end = h.end;
    for (let grew = true; grew;) {
      grew = false;
      const rest = sentence.slice(end, end + 20);
      const c = continuationTrie.longestAt(sentence, end);
      const phase = PHASE.exec(rest);
      const seg = SEGMENT.exec(rest);
      if (c && !(sentence.startsWith('建设', end) && end > h.end)) {
        end = c.end;
        grew = true;
      } else if (phase) {
        end += phase[0].length;
        grew = true;
      } else if (seg) {
        end += seg[0].length;
        grew = true;
      }
    }
    // '建设' closes a name only when nothing else would ('…基础设施建设'); drop it otherwise.
    if (sentence.slice(h.end, end).endsWith('建设') && end - 2 > h.end) end -= 2;
    // left: whole words until a stop word or punctuation
    segmentClause({ start: h.start, end });
    let ti = tokenAt(h.start);
    let start = starts[ti]!;
    if (leftStops.has(tokens[ti]!) && start < h.start) start = h.start;
    // Inside quotes every word belongs to the name (“三个一批”项目).
    let inQuote = false;
    for (ti -= 1; ti >= 0; ti--) {
      const t = tokens[ti]!;
      if (t === '”') inQuote = true;
      else if (t === '“') inQuote = false;
      else if (!inQuote && isStop(t)) break;
      if (!/^[\u4e00-\u9fffA-Za-z0-9]+$|^\d+\.\d+$/.test(t) && !NAME_PUNCT.has(t)) break;
      if (t === '(' && !sentence.slice(starts[ti]!, h.start).includes(')')) break;
      // "(华南绿能港)继续…": a parenthesis opening the clause is a label, not part of a name
      if (t === ')' && labelParenthesis(sentence, starts[ti]!)) break;
      if (h.end - starts[ti]! > cues.maxNameLength) break;
      start = starts[ti]!;
    }
    while (start < h.start && /[”)的之]/.test(sentence[start]!)) start++;
    // "合作区在建的十字门隧道": the name is what follows the last 的 (when that is long enough)
    const of = sentence.lastIndexOf('的', h.start - 1);
    if (of >= start && h.end - (of + 1) >= 4 && !sentence.slice(start, of).includes('“')) start = of + 1;
    // "…的“一站式服务平台”": the quoted name, not the description before it.
    const quoted = sentence.lastIndexOf('的“', h.start);
    if (quoted >= start) start = quoted + 1;
    if (
      sentence[end] === '”' &&
      (sentence.slice(start, end).match(/“/g) ?? []).length >
        (sentence.slice(start, end).match(/”/g) ?? []).length
    )
      end++;
    // A head inside a document title (《…规划》) names a project only as the whole title.
    const title = titleAround(sentence, h);
    if (title) {
      if (start > title.start + 1 || end !== title.end) continue;
      start = title.start + 1;
    }
    start += functionWordsAtStart(tokensBetween(start, h.start));
    // "储备2023年…项目": a describing verb in front of a name is not part of it
    const verbPrefix = cues.stemVerbPrefixes.find((v) => sentence.startsWith(v, start));
    if (verbPrefix && h.start - (start + verbPrefix.length) >= 4) start += verbPrefix.length;
    const name = sentence.slice(start, end);
    const lastHead = MODIFIER_HEADS.has(name.slice(-2)) ? name.slice(-2) : '';
    // "产业配套基础设施项目的谋划", "年度投资计划的42.1%": a generic head followed by 的 modifies what follows
    if (lastHead && sentence[end] === '的') continue;
    // "多渠道解决项目土地": a generic head followed by a noun modifies it (unless the name is quoted)
    if (
      NOUN_MODIFIED.has(lastHead) &&
      NOUN_MODIFIED.has(sentence.slice(h.start, h.end)) &&
      !/[“A-Za-z]/.test(name)
    ) {
      const k = tokenAt(end);
      if (starts[k] === end && end < clauseTo && NOUN_TAGS.test(tagOf(tokens[k]!))) continue;
    }
    // "工业用地出让一律签订制式项目": an adverb before a verb makes the stem a clause, not a name
    if (clauseStem(tokensBetween(start, h.start))) continue;
    // "市、区政务服务大厅": a bare level after a list of levels means every such hall, not one
    if (
      /^[市区县镇]/.test(name) &&
      /[市区县镇省][、和及]$/.test(sentence.slice(Math.max(0, start - 2), start))
    )
      continue;
    // "投入近100亿元系统布局": an amount inside a name means the words run across a clause
    if (AMOUNT_INSIDE.test(name)) continue;
    // "新引进制造业项目154个": a counted name is a category, not one project (a dated batch is:
    // 储备2023年政策性开发性金融工具项目63个)
    if (COUNT_AFTER.test(sentence.slice(end, end + 8)) && !INSTRUMENT_SPECIFIC.test(name)) continue;
    // "地方政府专项债券": a money instrument, not a project (a dated batch is a programme)
    if (instrumentWithoutBatch(name)) continue;
    // A bare head right after 等 ("…等项目") closes an enumeration: kept only as a group head.
    const headOnly =
      !acceptable(name) ||
      !namesSomething(
        sentence.slice(start, h.end),
        sentence.slice(h.start, h.end),
        () => tokensBetween(start, h.start)[0],
      );
    if (headOnly && !(sentence.slice(Math.max(0, start - 12), start).includes('等') && end - start <= 12))
      continue;
    raw.push({
      headOnly,
      start: span.start + start,
      end: span.start + end,
      name,
      key: projectKey(name),
      kind: kindOf(name, h.value, sentence.slice(h.start, h.end)),
      group: false,
    });
  }
  // Nested heads give nested candidates (洪湾二期 ⊂ 洪湾二期天然气热电联产): keep the longest.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ProjectMention[] = [];
  for (const m of raw) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end)
        out[out.length - 1] = {
          ...m,
          start: Math.min(m.start, last.start),
          name: text.slice(Math.min(m.start, last.start), m.end),
          key: projectKey(text.slice(Math.min(m.start, last.start), m.end)),
        };
      continue;
    }
    out.push(m);
  }
  return withGroups(text, out.map(afterApposition));
}

const APPOSITION = new RegExp(
  `^(?:${cues.appositionMarkers.join('|')})[^,、]{0,16}?(?:项目|工程)(?=.{4,}(?:项目|工程)$)`,
  'u',
);

/** "全市首个大型集中式光伏项目三灶鱼林村光伏复合项目": the description goes, the name stays. */
function afterApposition(m: ProjectMention): ProjectMention {
  const a = APPOSITION.exec(m.name);
  if (!a) return m;
  const name = m.name.slice(a[0].length);
  return { ...m, start: m.start + a[0].length, name, key: projectKey(name) };
}

/**
 * "A、B、C等(一批在建的)X项目": the items stay, and the whole enumeration is one more mention — a
 * project of its own when X names a category (等互联互通项目), else an aggregate (等项目, 等一批重点项目).
 */
function withGroups(text: string, mentions: ProjectMention[]): ProjectMention[] {
  const groups: ProjectMention[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const head = mentions[i]!;
    const prev = mentions[i - 1]!;
    const gap = text.slice(prev.end, head.start);
    if (!gap.startsWith('等') || gap.length > 12 || /[,。;:!?、]/.test(gap) || prev.headOnly) continue;
    let first = i - 1;
    while (first > 0 && /^[、和及与]$/.test(text.slice(mentions[first - 1]!.end, mentions[first]!.start)))
      first--;
    const start = mentions[first]!.start;
    const name = text.slice(start, head.end);
    if (name.length > 80) continue;
    groups.push({
      start,
      end: head.end,
      name,
      key: projectKey(name),
      kind: mentions[first]!.kind,
      group: true,
      ...(/\d/.test(gap + head.name) || !groupCategory(head.name) ? { aggregate: true } : {}),
    });
  }
  return [...mentions.filter((m) => !m.headOnly), ...groups].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/** "总投资100亿元的A": the words after the amount and 的, up to a list mark or clause break. */
const INVESTED = /总投资额?(?:超|约|达|近|逾)?\d[\d.]*(?:万|亿)元的/gu;
const INVESTED_END = /[、,,。;;:等()]/u;

/**
 * A work introduced by its total investment names a project even without a head noun
 * (总投资100亿元的埃克森新能源(珠海)储能电池): nothing but a project has a 总投资. The name runs to the
 * next list mark or clause break; a parenthesis inside is kept when it closes before that.
 */
export function investedWorks(text: string, span: TextSpan): ProjectMention[] {
  const sentence = text.slice(span.start, span.end);
  const out: ProjectMention[] = [];
  for (const m of sentence.matchAll(INVESTED)) {
    const from = m.index + m[0].length;
    let to = from;
    while (to < sentence.length && to - from <= cues.maxNameLength) {
      const c = sentence[to]!;
      if (c === '(') {
        const close = sentence.indexOf(')', to);
        if (close > to && close - to <= 8) {
          to = close + 1;
          continue;
        }
      }
      if (INVESTED_END.test(c)) break;
      to++;
    }
    const name = sentence.slice(from, to);
    if (to - from > cues.maxNameLength || name.length < 4 || /^\d/.test(name)) continue;
    out.push({
      start: span.start + from,
      end: span.start + to,
      name,
      key: projectKey(name),
      kind: kindOf(name, 'INDUSTRIAL', '项目'),
      group: false,
    });
  }
  return out;
}
