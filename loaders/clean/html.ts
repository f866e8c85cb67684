/**
 * HTML → same-length plain view. Text content stays at its source offsets; tags, comments, scripts and
 * styles become spaces, and block-level tags leave a '\n' so sentence segmentation still sees breaks.
 */
import { parse } from 'parse5';

/** Elements whose text is not document content. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
]);
/** Elements that break a line (their start and end tags leave a newline). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
  'body',
  'html',
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  times: '×',
  copy: '©',
  reg: '®',
  ensp: ' ',
  emsp: ' ',
};

interface Location {
  startOffset: number;
  endOffset: number;
  startTag?: { startOffset: number; endOffset: number };
  endTag?: { startOffset: number; endOffset: number };
}
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: Location | null;
}

export function blankMarkup(source: string): string {
  const out = Array.from({ length: source.length }, (_, i) =>
    source[i] === '\n' || source[i] === '\r' ? source[i]! : ' ',
  );
  const document = parse(source, { sourceCodeLocationInfo: true }) as unknown as HtmlNode;

  const markBreak = (offset: number | undefined): void => {
    if (offset !== undefined && offset < out.length) out[offset] = '\n';
  };
  const visit = (node: HtmlNode): void => {
    const tag = node.tagName;
    const location = node.sourceCodeLocation ?? undefined;
    if (node.nodeName === '#text' && location) {
      copyText(source, out, location.startOffset, location.endOffset);
      return;
    }
    // The <title> lives in <head> but is the document's title: keep it.
    if (tag && SKIPPED.has(tag) && !(tag === 'head' && hasTitle(node))) return;
    if (tag && BLOCKS.has(tag)) {
      markBreak(location?.startTag?.startOffset);
      markBreak(location?.endTag?.startOffset);
    }
    for (const child of node.childNodes ?? []) {
      if (tag === 'head' && child.tagName !== 'title') continue;
      visit(child);
    }
  };
  visit(document);
  return out.join('');
}

function hasTitle(head: HtmlNode): boolean {
  return (head.childNodes ?? []).some((c) => c.tagName === 'title');
}

/** Copies a text node's source span, decoding entities in place (the decoded char, then spaces). */
function copyText(source: string, out: string[], start: number, end: number): void {
  const span = source.slice(start, end);
  const entity = /&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi;
  let last = 0;
  for (const m of span.matchAll(entity)) {
    const at = m.index;
    for (let i = last; i < at; i++) out[start + i] = span[i]!;
    const decoded = decodeEntity(m[1]!);
    if (decoded === null || decoded.length > m[0].length) {
      for (let i = 0; i < m[0].length; i++) out[start + at + i] = m[0][i]!;
    } else {
      for (let i = 0; i < m[0].length; i++) out[start + at + i] = i < decoded.length ? decoded[i]! : ' ';
    }
    last = at + m[0].length;
  }
  for (let i = last; i < span.length; i++) out[start + i] = span[i]!;
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}
