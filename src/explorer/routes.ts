/**
 * The explorer's addresses. Entity and document pages live at their IRI paths (`/id/<label>/<key>`),
 * so an IRI opened in a browser lands on its page; the rest are small fixed paths.
 */
import { idPath, parseIdPath, type IriLabel } from '../linked-data/iri.js';

export type Route =
  | { view: 'home' }
  | { view: 'search'; text: string }
  | { view: 'network' }
  | { view: 'evidence'; doc: string; start: number; end: number }
  | { view: 'entity'; label: IriLabel; id: string }
  | { view: 'missing'; path: string };

export function routeOf(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  if (pathname === '/' || pathname === '') return { view: 'home' };
  if (pathname === '/search') return { view: 'search', text: query.get('q') ?? '' };
  if (pathname === '/network') return { view: 'network' };
  if (pathname === '/evidence') {
    const start = Number(query.get('start'));
    const end = Number(query.get('end'));
    const doc = query.get('doc');
    if (doc && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start) {
      return { view: 'evidence', doc, start, end };
    }
  }
  const parsed = parseIdPath(pathname);
  if (parsed && !('error' in parsed)) return { view: 'entity', label: parsed.label, id: parsed.id };
  return { view: 'missing', path: pathname };
}

/** The page of an entity or document id. */
export function pageOf(id: string): string {
  return idPath(id) ?? `/search?q=${encodeURIComponent(id)}`;
}

export function evidenceHref(
  ev: { start: number; end: number; document: { id: string } | null },
  doc?: string,
): string {
  const params = new URLSearchParams({
    doc: ev.document?.id ?? doc ?? '',
    start: String(ev.start),
    end: String(ev.end),
  });
  return `/evidence?${params}`;
}

export function searchHref(text: string): string {
  return `/search?q=${encodeURIComponent(text)}`;
}
