/** Places: lists, the administrative hierarchy, and the projects located there. */
import type { GraphReader } from '../graph-reader.js';
import type { Loaders } from '../loaders.js';
import { pageWindow, readPage, toConnection, type Connection, type PageArgs } from '../pagination.js';
import { entityRow, type EntityRow } from '../rows.js';
import { listPlaces } from '../translate/places.js';
import type { EntityRef, EntityService } from './entities.js';

export interface PlaceFilterArgs {
  nameContains?: string | null;
  level?: string | null;
  parent?: string | null;
}

export class PlaceService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
    private readonly entities: EntityService,
  ) {}

  async list(filter: PlaceFilterArgs, page: PageArgs): Promise<Connection<EntityRow>> {
    const window = pageWindow(page);
    const parentId = await this.entities.resolveFilterRef('Place', filter.parent);
    const [row] = await this.reader.read(
      listPlaces({ nameContains: filter.nameContains, level: filter.level, parentId }, window),
    );
    return toConnection(readPage(row, window, entityRow));
  }

  get(ref: EntityRef): Promise<EntityRow> {
    return this.entities.resolve('Place', ref);
  }

  async parent(placeId: string): Promise<EntityRow | null> {
    return (await this.loaders.neighbours('placeParent', placeId))[0]?.node ?? null;
  }

  async children(placeId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbours('placeChildren', placeId)).map((n) => n.node);
  }

  async agencies(placeId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbours('placeAgencies', placeId)).map((n) => n.node);
  }

  async projects(placeId: string, includeSubPlaces: boolean, page: PageArgs): Promise<Connection<EntityRow>> {
    return toConnection(await this.loaders.projectsOfPlace(placeId, includeSubPlaces, pageWindow(page)));
  }
}
