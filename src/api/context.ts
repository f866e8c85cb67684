/** What every resolver gets: this request's loaders and services, and whether it may mutate. */
import type { Driver } from 'neo4j-driver';
import type { AuthState } from './auth.js';
import type { GraphReader } from './graph-reader.js';
import { Loaders } from './loaders.js';
import { budgetedReader, type Budget } from './request-budget.js';
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
  /** The time all statements of one request may take together (request-budget.ts). */
  budget: Budget;
  database?: string;
  extractor?: Extractor;
  baseUri: string;
}

/** Built per request: DataLoader caches must not outlive one request. */
export function createContext(deps: ContextDeps, auth: AuthState): ApiContext {
  const reader = budgetedReader(deps.reader, deps.budget);
  const loaders = new Loaders(reader);
  const entities = new EntityService(reader, loaders);
  return {
    auth,
    baseUri: deps.baseUri,
    loaders,
    entities,
    agencies: new AgencyService(reader, loaders, entities),
    projects: new ProjectService(reader, loaders, entities),
    places: new PlaceService(reader, loaders, entities),
    documents: new DocumentService(reader, loaders),
    search: new SearchService(reader),
    paths: new PathService(reader),
    funding: new FundingService(reader, loaders, entities),
    ingest: new IngestService(deps.driver, loaders, { database: deps.database, extractor: deps.extractor }),
  };
}
