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
const WINDOW_BREAK = /[,。;:!?、]/;
const FUNCTION_TAGS = new Set(cues.functionTags);
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

let jieba: Jieba | undefined;
function words(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
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
    for (const h of [...cues.heads.map((x) => x.head), ...cues.continuations]) {
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
function functionWordsAtStart(name: string): number {
  jieba ??= Jieba.withDict(dict);
  let cut = 0;
  for (const t of jieba.tag(name, false)) {
    if (t.word === '“' || !FUNCTION_TAGS.has(t.tag) || /^\d/.test(t.word)) break;
    // a one-character 'verb' is often a noun inside a name (站城融合): only listed stops go
    if (t.word.length < 2 && !leftStops.has(t.word)) break;
    cut += t.word.length;
  }
  return cut;
}

/**
 * A generic head (项目, 工程) needs a stem that names something: a stem that is a verb phrase
 * (促投产项目, 多渠道解决项目, 获批项目) describes projects, it does not name one.
 */
function namesSomething(name: string, head: string): boolean {
  if (!GENERIC_HEADS.has(head) && head !== '计划' && head !== '规划') return true;
  const stem = name.slice(0, name.length - head.length);
  if (/[A-Za-z“《]/.test(stem)) return true;
  if (cues.stemVerbPrefixes.some((v) => stem.startsWith(v))) return false;
  jieba ??= Jieba.withDict(dict);
  const tags = jieba.tag(stem, false);
  const first = tags[0];
  return !first || !((first.tag === 'v' && first.word.length >= 2) || first.tag === 'a' || first.tag === 'd');
}

function acceptable(name: string): boolean {
  if (name.length < cues.minNameLength || name.length > cues.maxNameLength) return false;
  const stem = stemOf(name);
  if (stem.length < 2 || genericStems.has(stem)) return false;
  if (COUNTED.test(name) || (/^\d/.test(stem) && !/^\d+([a-zA-Z]|年)/.test(stem))) return false;
  if ((name.match(/“/g) ?? []).length !== (name.match(/”/g) ?? []).length) return false;
  if ((name.match(/\(/g) ?? []).length !== (name.match(/\)/g) ?? []).length) return false;
  return true;
}

/** Named project mentions inside one sentence (or any short span) of the cleaned text. */
export function findProjectMentions(text: string, span: TextSpan): ProjectMention[] {
  const sentence = text.slice(span.start, span.end);
  const heads = headTrie.scan(sentence);
  // most sentences name no project: segment only those that have a head noun
  if (heads.length === 0) return [];
  // Word boundaries are needed only in the window a name can span left of each head: segmenting
  // just that window (from the last punctuation) keeps jieba off the rest of long sentences.
  let tokens: string[] = [];
  let starts: number[] = [];
  const segmentBefore = (head: TextSpan) => {
    let from = Math.max(0, head.start - cues.maxNameLength - 2);
    for (let k = head.start - 1; k > from; k--) {
      if (WINDOW_BREAK.test(sentence[k]!)) {
        from = k;
        break;
      }
    }
    tokens = words(sentence.slice(from, head.end));
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

  const raw: ProjectMention[] = [];
  for (const h of heads) {
    if (cues.headBlockers.includes(sentence[h.end] ?? '\u0000')) continue;
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
    segmentBefore(h);
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
    const cut = functionWordsAtStart(sentence.slice(start, h.start));
    start += cut;
    // "储备2023年…项目": a describing verb in front of a name is not part of it
    const verbPrefix = cues.stemVerbPrefixes.find((v) => sentence.startsWith(v, start));
    if (verbPrefix && h.start - (start + verbPrefix.length) >= 4) start += verbPrefix.length;
    const name = sentence.slice(start, end);
    // "产业配套基础设施项目的谋划": a generic head followed by 的 modifies what follows
    if (GENERIC_HEADS.has(sentence.slice(h.start, h.end)) && sentence[end] === '的') continue;
    // A bare head right after 等 ("…等项目") closes an enumeration: kept only as a group head.
    const headOnly =
      !acceptable(name) || !namesSomething(sentence.slice(start, h.end), sentence.slice(h.start, h.end));
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
        };
      continue;
    }
    out.push(m);
  }
  return withGroups(text, out);
}

/** "A、B、C等(一批在建的)X项目": the items stay, and the whole enumeration is one more mention. */
function withGroups(text: string, mentions: ProjectMention[]): ProjectMention[] {
  const groups: ProjectMention[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const head = mentions[i]!;
    const prev = mentions[i - 1]!;
    const gap = text.slice(prev.end, head.start);
    if (!gap.startsWith('等') || gap.length > 12 || prev.headOnly || /\d/.test(gap + head.name)) continue;
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
    });
  }
  return [...mentions.filter((m) => !m.headOnly), ...groups].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}
