/** The connection type of every list the API returns. */
import { Connection } from './connection.js';
import { Entity } from './entity.js';
import { Agency, AgencyPair, Document, Fact, FundingGroup, Place, Project } from './types.js';

export const AgencyConnection = Connection(() => Agency, 'Agency');
export const ProjectConnection = Connection(() => Project, 'Project');
export const PlaceConnection = Connection(() => Place, 'Place');
export const DocumentConnection = Connection(() => Document, 'Document');
export const EntityConnection = Connection(() => Entity, 'Entity');
export const AgencyPairConnection = Connection(() => AgencyPair, 'AgencyPair');
export const FundingGroupConnection = Connection(() => FundingGroup, 'FundingGroup');
export const FactConnection = Connection(() => Fact, 'Fact');
