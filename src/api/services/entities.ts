/**
 * Turning what a researcher typed into one entity: an id, or a name/alias that must match exactly
 * one entity (within a jurisdiction when given). Several matches → BAD_USER_INPUT listing them.
 */
import type { NodeLabel } from '../../model/graph-json.js';
import { InputError, NotFoundError, quoteInput } from '../../errors.js';
import type { GraphReader } from '../graph-reader.js';
import type { LoadedFact, Loaders } from '../loaders.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../pagination.js';
import { entityRows, labelOfId, type EntityRow, type RawEntity } from '../rows.js';
import { entitiesByName } from '../translate/entities.js';

export interface EntityRef {
  id?: string | null;
  name?: string | null;
  jurisdiction?: string | null;
}

function describe(entity: EntityRow): string {
  const where =
    typeof entity.jurisdiction === 'string' && entity.jurisdiction ? ` (${entity.jurisdiction})` : '';
  return `${entity.name}${where} [${entity.id}]`;
}

export class EntityService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  /** The entity with this id and label, or NOT_FOUND. */
  async byId(label: NodeLabel, id: string): Promise<EntityRow> {
    const entity = labelOfId(id) === label ? await this.loaders.entity(id) : null;
    if (!entity) throw new NotFoundError(label.toLowerCase(), id);
    return entity;
  }

  /** Any entity by id, or NOT_FOUND. */
  async anyById(id: string): Promise<EntityRow> {
    const entity = labelOfId(id) ? await this.loaders.entity(id) : null;
    if (!entity) throw new NotFoundError('entity', id);
    return entity;
  }

  async byName(label: NodeLabel, name: string, jurisdiction?: string | null): Promise<EntityRow> {
    const rows = await this.reader.read(entitiesByName(label, name, jurisdiction));
    const candidates = entityRows(rows.map((row) => row.node as RawEntity));
    const [only] = candidates;
    if (!only)
      throw new NotFoundError(label.toLowerCase(), jurisdiction ? `${name} in ${jurisdiction}` : name);
    if (candidates.length > 1) {
      throw new InputError(
        `${quoteInput(name)} names ${candidates.length} ${label.toLowerCase()} entities: ` +
          `${candidates.map(describe).join('; ')}. Pass an id${label === 'Agency' ? ' or a jurisdiction' : ''}.`,
        {
          candidates: candidates.map((c) => ({
            id: c.id,
            name: c.name,
            jurisdiction: c.jurisdiction ?? null,
          })),
        },
      );
    }
    return only;
  }

  /** `{id}` or `{name, jurisdiction}`, exactly one of id and name. */
  async resolve(label: NodeLabel, ref: EntityRef): Promise<EntityRow> {
    if (ref.id && ref.name) throw new InputError('Give either id or name, not both');
    if (ref.id) return this.byId(label, ref.id);
    if (ref.name?.trim()) return this.byName(label, ref.name.trim(), ref.jurisdiction);
    throw new InputError(`Give the ${label.toLowerCase()}'s id or name`);
  }

  /** One page of the facts an entity takes part in (as subject or object), optionally of some types. */
  async facts(
    label: NodeLabel,
    id: string,
    types: string[] | null | undefined,
    page: PageArgs,
  ): Promise<Connection<LoadedFact>> {
    return toConnection(
      await this.loaders.factsOfEntity(label, id, types?.length ? types : null, pageWindow(page)),
    );
  }

  /**
   * Like resolveFilterRef, but an id of the right label is returned unchecked: the caller's statement
   * must report whether it exists (and answer NOT_FOUND when not).
   */
  async filterRefInStatement(label: NodeLabel, ref: string | null | undefined): Promise<string | null> {
    if (ref && labelOfId(ref) === label) return ref;
    return this.resolveFilterRef(label, ref);
  }

  /** A filter value that may be an id (`agency:…`) or a name/alias. */
  async resolveFilterRef(label: NodeLabel, ref: string | null | undefined): Promise<string | null> {
    if (!ref) return null;
    if (labelOfId(ref)) return (await this.byId(label, ref)).id;
    return (await this.byName(label, ref.trim())).id;
  }
}
