/**
 * A character trie over dictionary phrases, built once per dictionary. Matching walks the text at
 * most `longest phrase` characters per position, so scanning is linear in the text and never
 * backtracks (unlike a large alternation regex).
 *
 * Rules ask the same questions of one document many times (the longest phrase starting here, the
 * longest ending there). The first question about a long text indexes every match in it once; later
 * questions about the same text are answered from that index.
 */
interface TrieNode<T> {
  /** Children by UTF-16 code unit (number keys: no one-character strings made while matching). */
  next: Map<number, TrieNode<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** Every match of a text: by start (ends ascending) and by end (starts ascending). */
interface TextIndex<T> {
  text: string;
  byStart: Map<number, PhraseMatch<T>[]>;
  byEnd: Map<number, PhraseMatch<T>[]>;
}

/** Texts shorter than this are walked directly (indexing costs more than it saves). */
const INDEX_FROM = 500;

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private index: TextIndex<T> | undefined;

  constructor(entries: Iterable<[string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    // First writer wins: dictionaries list the preferred reading first.
    if (node.value === undefined) node.value = value;
    this.index = undefined;
  }

  /** True when `phrase` itself was added. */
  has(phrase: string): boolean {
    return this.walkLongest(phrase, 0, phrase.length)?.end === phrase.length;
  }

  /** The longest phrase starting at `start` and ending by `limit`, or undefined. */
  longestAt(text: string, start: number, limit = text.length): PhraseMatch<T> | undefined {
    const index = this.indexOf(text);
    if (!index) return this.walkLongest(text, start, limit);
    const matches = index.byStart.get(start);
    if (!matches) return undefined;
    for (let k = matches.length - 1; k >= 0; k--) if (matches[k]!.end <= limit) return matches[k];
    return undefined;
  }

  /** Every phrase occurrence (overlapping allowed), in order of start. */
  findAll(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const index = this.indexOf(text);
    if (!index) return this.walkAll(text, from, to);
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const matches = index.byStart.get(i);
      if (matches) for (const m of matches) if (m.end <= to) out.push(m);
    }
    return out;
  }

  /** Leftmost-longest, non-overlapping occurrences. */
  scan(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const first = this.root.next;
    for (let i = from; i < to;) {
      // most positions start no phrase: one map look-up instead of a walk
      if (!first.has(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const m = this.longestAt(text, i, to);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** The longest phrase ending exactly at `end` (checked over at most `maxLength` characters). */
  endsAt(text: string, end: number, maxLength: number): PhraseMatch<T> | undefined {
    const index = this.indexOf(text);
    if (index) {
      const matches = index.byEnd.get(end);
      return matches?.find((m) => end - m.start <= maxLength);
    }
    let best: PhraseMatch<T> | undefined;
    for (let s = Math.max(0, end - maxLength); s < end; s++) {
      const m = this.walkLongest(text, s, end);
      if (m && m.end === end && (!best || m.start < best.start)) best = m;
    }
    return best;
  }

  private indexOf(text: string): TextIndex<T> | undefined {
    if (text.length < INDEX_FROM) return undefined;
    if (this.index?.text === text) return this.index;
    const byStart = new Map<number, PhraseMatch<T>[]>();
    const byEnd = new Map<number, PhraseMatch<T>[]>();
    for (const m of this.walkAll(text, 0, text.length)) {
      let s = byStart.get(m.start);
      if (!s) byStart.set(m.start, (s = []));
      s.push(m);
      let e = byEnd.get(m.end);
      if (!e) byEnd.set(m.end, (e = []));
      e.push(m);
    }
    for (const list of byEnd.values()) list.sort((a, b) => a.start - b.start);
    this.index = { text, byStart, byEnd };
    return this.index;
  }

  private walkLongest(text: string, start: number, limit: number): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (let i = start; i < limit && node; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.value !== undefined) {
        bestEnd = i + 1;
        bestValue = node.value;
      }
    }
    return bestEnd >= 0 ? { start, end: bestEnd, value: bestValue as T } : undefined;
  }

  private walkAll(text: string, from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const first = this.root.next;
    for (let i = from; i < to; i++) {
      if (!first.has(text.charCodeAt(i))) continue;
      let node: TrieNode<T> | undefined = this.root;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (node?.value !== undefined) out.push({ start: i, end: j + 1, value: node.value });
      }
    }
    return out;
  }
}
