/** People and funding amounts: their own fields and every fact about them. */
import { gql } from '../api.js';
import { replace } from '../dom.js';
import { enumText } from '../i18n.js';
import { yuanText } from '../format.js';
import { ENTITY } from '../queries.js';
import { facts, heading, linkList, section, type FactItem, type Ref } from '../ui.js';
import { pagedFacts } from './place.js';

interface FactPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: FactItem }[];
}

interface EntityData {
  entity: {
    id: string;
    label: string;
    name: string;
    iri: string;
    aliases: string[];
    title?: string | null;
    yuan?: number | null;
    kind?: string | null;
    period?: string | null;
    providers?: Ref[];
    recipients?: Ref[];
    facts?: FactPage;
  };
}

export async function renderEntity(root: HTMLElement, id: string): Promise<void> {
  const { entity } = await gql<EntityData>(ENTITY, { id });
  document.title = `${entity.name} · ${enumText(entity.label)}`;
  replace(
    root,
    heading(
      entity.label === 'Funding' ? `${yuanText(entity.yuan)}（${entity.name}）` : entity.name,
      entity.label,
      entity.iri,
    ),
    facts([
      ['aliases', entity.aliases.join('、')],
      ['title2', entity.title],
      ['kind', entity.kind ? enumText(entity.kind) : null],
      ['period', entity.period],
      ['providers', entity.providers?.length ? linkList(entity.providers) : null],
      ['recipients', entity.recipients?.length ? linkList(entity.recipients) : null],
    ]),
    entity.facts
      ? section(
          'facts',
          pagedFacts(
            entity.facts,
            async (after) => (await gql<EntityData>(ENTITY, { id, after })).entity.facts!,
          ),
        )
      : null,
  );
}
