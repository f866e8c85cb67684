import { AgencyResolver } from './agency.js';
import { EntityResolver } from './entity.js';
import { DependencyLinkResolver, DocumentResolver, EvidenceResolver, FactResolver } from './document.js';
import { FundingResolver, PersonResolver } from './funding.js';
import { MutationResolver } from './mutation.js';
import { PlaceResolver } from './place.js';
import { ProjectResolver } from './project.js';
import { SearchResolver } from './search.js';

export const RESOLVERS = [
  EntityResolver,
  AgencyResolver,
  ProjectResolver,
  PlaceResolver,
  FundingResolver,
  PersonResolver,
  DocumentResolver,
  EvidenceResolver,
  FactResolver,
  DependencyLinkResolver,
  SearchResolver,
  MutationResolver,
] as const;
