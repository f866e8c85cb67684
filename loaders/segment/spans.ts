/**
 * The span toolkit: half-open [start, end) offsets into the cleaned text, and the few operations every
 * stage needs on them.
 */
export interface TextSpan {
  start: number;
  end: number;
}

const SPACE = /\s/u;

/** Shrinks a span so that it starts and ends on a non-space character (may become empty). */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

export function contains(outer: TextSpan, inner: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The span of `spans` (sorted, non-overlapping) that contains `pos`. */
export function spanAt<S extends TextSpan>(spans: readonly S[], pos: number): S | undefined {
  const i = indexAt(spans, pos);
  return i >= 0 ? spans[i] : undefined;
}

/** The index of the span of `spans` (sorted, non-overlapping) that contains `pos`, or -1. */
export function indexAt(spans: readonly TextSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The items of `items` (sorted by start) that lie inside `span`. */
export function within<S extends TextSpan>(items: readonly S[], span: TextSpan): S[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: S[] = [];
  for (let k = lo; k < items.length && items[k]!.start < span.end; k++)
    if (items[k]!.end <= span.end) out.push(items[k]!);
  return out;
}
