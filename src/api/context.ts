/** What every resolver gets: this request's loaders and services, and whether it may mutate. */
import type { Driver } from 'neo4j-driver';
import type { AuthState } from './auth.js';
import type { GraphReader } from './graph-reader.js';
import { Loaders } from './loaders.js';
import { AgencyService } from './services/agencies.js';
import { DocumentService } from './services/documents.js';
import { EntityService } from './services/entities.js';
import { FundingService } from './services/funding.js';
import { IngestService, type Extractor } from './services/ingest.js';
import { PathService } from './services/paths.js';
import { PlaceService } from './services/places.js';
import { ProjectService } from './services/projects.js';
import { SearchService } from './services/search.js';

export interface ApiContext {
  auth: AuthState;
  /** KG_BASE_URI: the base of every IRI (linked-data/iri.ts). */
  baseUri: string;
  loaders: Loaders;
  entities: EntityService;
  agencies: AgencyService;
  projects: ProjectService;
  places: PlaceService;
  documents: DocumentService;
  search: SearchService;
  paths: PathService;
  funding: FundingService;
  ingest: IngestService;
}

export interface ContextDeps {
  driver: Driver;
  reader: GraphReader;
  database?: string;
  extractor?: Extractor;
  baseUri: string;
}

/** Built per request: DataLoader caches must not outlive one request. */
export function createContext(deps: ContextDeps, auth: AuthState): ApiContext {
  const loaders = new Loaders(deps.reader);
  const entities = new EntityService(deps.reader, loaders);
  return {
    auth,
    baseUri: deps.baseUri,
    loaders,
    entities,
    agencies: new AgencyService(deps.reader, loaders, entities),
    projects: new ProjectService(deps.reader, loaders, entities),
    places: new PlaceService(deps.reader, loaders, entities),
    documents: new DocumentService(deps.reader, loaders),
    search: new SearchService(deps.reader),
    paths: new PathService(deps.reader),
    funding: new FundingService(deps.reader, loaders, entities),
    ingest: new IngestService(deps.driver, loaders, { database: deps.database, extractor: deps.extractor }),
  };
}
