/**
 * A character trie over dictionary phrases, built once per dictionary. Matching walks the text at
 * most `longest phrase` characters per position, so scanning is linear in the text and never
 * backtracks (unlike a large alternation regex).
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

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

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
  }

  /** True when `phrase` itself was added. */
  has(phrase: string): boolean {
    return this.longestAt(phrase, 0)?.end === phrase.length;
  }

  /** The longest phrase starting at `start`, or undefined. */
  longestAt(text: string, start: number, limit = text.length): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (let i = start; i < limit && node; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.value !== undefined) {
        bestEnd = i + 1;
        bestValue = node.value;
      }
    }
    if (bestEnd >= 0) best = { start, end: bestEnd, value: bestValue as T };
    return best;
  }

  /** Every phrase occurrence (overlapping allowed), in order of start. */
  findAll(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      let node: TrieNode<T> | undefined = this.root;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (node?.value !== undefined) out.push({ start: i, end: j + 1, value: node.value });
      }
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

  /** True when some phrase ends exactly at `end` (checked over at most `maxLength` characters). */
  endsAt(text: string, end: number, maxLength: number): PhraseMatch<T> | undefined {
    let best: PhraseMatch<T> | undefined;
    for (let s = Math.max(0, end - maxLength); s < end; s++) {
      const m = this.longestAt(text, s, end);
      if (m && m.end === end && (!best || m.start < best.start)) best = m;
    }
    return best;
  }
}
