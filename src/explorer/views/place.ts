/** A place: where it sits in the hierarchy, the agencies based there and every fact about it. */
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { enumText } from '../i18n.js';
import { PLACE } from '../queries.js';
import {
  entityLink,
  factTable,
  facts,
  heading,
  linkList,
  moreButton,
  section,
  type FactItem,
  type Ref,
} from '../ui.js';

export interface FactPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: FactItem }[];
}

interface PlaceData {
  place: {
    id: string;
    iri: string;
    name: string;
    aliases: string[];
    level: string | null;
    code: string | null;
    parent: Ref | null;
    children: Ref[];
    agencies: Ref[];
    facts: FactPage;
  };
}

/** A fact table with "load more" for further pages. */
export function pagedFacts(first: FactPage, next: (after: string) => Promise<FactPage>): HTMLElement {
  const list = h('div', { class: 'fact-pages' }, factTable(first.edges.map((e) => e.node)));
  const load = async (after: string): Promise<void> => {
    const page = await next(after);
    list.appendChild(factTable(page.edges.map((e) => e.node)));
    const more = moreButton(page.pageInfo, load);
    if (more) list.appendChild(more);
  };
  const more = moreButton(first.pageInfo, load);
  if (more) list.appendChild(more);
  return list;
}

export async function renderPlace(root: HTMLElement, id: string): Promise<void> {
  const { place } = await gql<PlaceData>(PLACE, { id });
  document.title = `${place.name} · 地点 Place`;
  replace(
    root,
    heading(place.name, 'Place', place.iri),
    facts([
      ['aliases', place.aliases.join('、')],
      ['kind', place.level ? enumText(place.level) : null],
      ['parent', place.parent ? entityLink(place.parent) : null],
      ['children', place.children.length ? linkList(place.children) : null],
      ['agencies', place.agencies.length ? linkList(place.agencies) : null],
    ]),
    section(
      'facts',
      pagedFacts(place.facts, async (after) => (await gql<PlaceData>(PLACE, { id, after })).place.facts),
    ),
  );
}
