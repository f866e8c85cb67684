/**
 * IRIs of entities and documents: `<base>/id/<label>/<percent-encoded key>`, where the key is the id
 * without its label prefix (`agency:珠海市发展和改革局` → `/id/Agency/%E7%8F%A0…`). The same path is the
 * explorer's page of the entity, so an IRI opened in a browser shows it (docs/linked-data.md).
 *
 * Pure and free of Node APIs: the explorer bundles this module too.
 */

export const DEFAULT_BASE_URI = 'http://127.0.0.1:4000';

/** Labels that have IRIs, with the prefix of their ids. */
export const ID_PREFIXES = {
  Agency: 'agency',
  Project: 'project',
  Place: 'place',
  Funding: 'funding',
  Person: 'person',
  Document: 'doc',
} as const;

export type IriLabel = keyof typeof ID_PREFIXES;
export const IRI_LABELS = Object.keys(ID_PREFIXES) as IriLabel[];

const LABEL_BY_PREFIX = new Map<string, IriLabel>(IRI_LABELS.map((label) => [ID_PREFIXES[label], label]));

/** The label an id belongs to, from its prefix; undefined for an id of no known label. */
export function labelOfId(id: string): IriLabel | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? LABEL_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

/** `/id/<label>/<key>` for an id such as `agency:…` or `doc:…`; undefined for an id of no known label. */
export function idPath(id: string): string | undefined {
  const label = labelOfId(id);
  if (!label) return undefined;
  return `/id/${label}/${encodeURIComponent(id.slice(ID_PREFIXES[label].length + 1))}`;
}

/** The IRI of an entity or document id under `base` (no trailing slash). Throws for an unknown prefix. */
export function iriOf(base: string, id: string): string {
  const path = idPath(id);
  if (!path) throw new Error(`no IRI for the id ${JSON.stringify(id)}: unknown prefix`);
  return `${base}${path}`;
}

export type ParsedIdPath = { label: IriLabel; id: string } | { error: string };

/**
 * The id named by a path `/id/<label>/<key>` (as it arrives in a request: percent-encoded);
 * undefined when the path is not under /id/, `{error}` when it is but names nothing valid.
 */
export function parseIdPath(pathname: string): ParsedIdPath | undefined {
  const match = /^\/id\/([^/]*)\/([^/]+)$/.exec(pathname);
  if (!pathname.startsWith('/id/')) return undefined;
  if (!match) return { error: 'an IRI path is /id/<label>/<key>' };
  const label = IRI_LABELS.find((l) => l === match[1]);
  if (!label) return { error: `unknown label ${JSON.stringify(match[1])} (one of ${IRI_LABELS.join(', ')})` };
  let key: string;
  try {
    key = decodeURIComponent(match[2]!);
  } catch {
    return { error: 'the key is not valid percent-encoded UTF-8' };
  }
  return { label, id: `${ID_PREFIXES[label]}:${key}` };
}
