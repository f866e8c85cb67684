/**
 * The document's context for resolution: its jurisdiction and canonical issuer, from the manifest
 * where one is given (it wins field by field), else from what recognise/metadata.ts read off the text.
 * Without any named issuer, the issuer is the government of the jurisdiction (a work report is
 * delivered by the 人民政府; a zone is governed by its 管理委员会).
 */
import type { Genre } from '../../src/model/graph-json.js';
import { findAgencyMentions } from '../recognise/agencies.js';
import { PlaceFinder, type Place } from '../recognise/gazetteer.js';
import type { RecognisedMetadata } from '../recognise/metadata.js';
import { AgencyResolver, agencyId, type ResolvedAgency } from './agencies.js';
import { jurisdictionAt, placeNamed, type Jurisdiction } from './jurisdiction.js';

/** Metadata a manifest may give for a document (seeds/manifest.json). */
export interface DocumentMetadata {
  title: string;
  issuer: string;
  date: string | null;
  jurisdiction: string;
  genre: Genre;
}

export interface DocumentContext {
  title: string;
  genre: Genre;
  date: string | null;
  jurisdiction: Jurisdiction;
  issuer: ResolvedAgency | null;
  /**
   * The document speaks of its issuer's own work (a report, a bulletin, or a text whose genre no cue
   * states): its subjectless work clauses are the issuer's. Not so for a task table or policy, which
   * hands tasks to units, nor a project list, which reports others' works.
   */
  issuerActs: boolean;
  places: PlaceFinder;
  agencies: AgencyResolver;
}

export function resolveDocument(
  recognised: RecognisedMetadata,
  manifest: Partial<DocumentMetadata>,
): DocumentContext {
  const place = manifest.jurisdiction
    ? (placeNamed(manifest.jurisdiction) ?? recognised.place)
    : recognised.place;
  const jurisdiction = jurisdictionAt(place);
  const places = new PlaceFinder({ place });
  const withoutIssuer = new AgencyResolver(jurisdiction, null);
  const issuer = manifest.issuer
    ? issuerNamed(manifest.issuer, places, withoutIssuer, place)
    : recognised.issuer
      ? (withoutIssuer.resolve(recognised.issuer.mention) ?? governmentOf(place))
      : governmentOf(place);
  const genre = manifest.genre ?? recognised.genre;
  const genreStated = manifest.genre !== undefined || recognised.genreStated;
  return {
    title: manifest.title ?? recognised.title,
    genre,
    issuerActs: genre === 'WORK_REPORT' || genre === 'BULLETIN' || (genre === 'OTHER' && !genreStated),
    date: manifest.date !== undefined ? manifest.date : recognised.date,
    jurisdiction,
    issuer,
    places,
    agencies: new AgencyResolver(jurisdiction, issuer),
  };
}

function issuerNamed(
  name: string,
  places: PlaceFinder,
  resolver: AgencyResolver,
  place: Place | null,
): ResolvedAgency {
  const whole = findAgencyMentions(name, places).find((m) => m.start === 0 && m.end === name.length);
  const resolved = whole ? resolver.resolve(whole) : undefined;
  return (
    resolved ?? {
      id: agencyId(name),
      name,
      kind: 'GOVERNMENT',
      level: 'CITY',
      jurisdiction: place?.fullName ?? null,
      place,
    }
  );
}

/** The government of a place: its 人民政府, or a zone's 管理委员会. */
export function governmentOf(place: Place | null): ResolvedAgency | null {
  if (!place) return null;
  const name =
    place.level === 'ZONE'
      ? `${place.fullName}管理委员会`
      : place.name.endsWith('街道')
        ? `${place.fullName}办事处`
        : `${place.fullName}人民政府`;
  const level =
    place.level === 'PROVINCE'
      ? 'PROVINCE'
      : place.level === 'CITY'
        ? 'CITY'
        : place.level === 'TOWN'
          ? 'TOWN'
          : 'DISTRICT';
  return { id: agencyId(name), name, kind: 'GOVERNMENT', level, jurisdiction: place.fullName, place };
}
