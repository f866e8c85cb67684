/**
 * The extractor, top to bottom, one document at a time:
 *
 *   decode → clean → segment → recognise → resolve → link → graph
 *
 * Each stage reads what the stages before it produced and nothing after it. Offsets are into the
 * cleaned text until the graph stage maps evidence back to the decoded original.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../src/errors.js';
import type { GraphJson } from '../src/model/graph-json.js';
import { cleanForRecognition } from './clean/clean.js';
import { decodeDocument, DocumentError } from './decode/decode.js';
import { GraphBuilder } from './graph/builder.js';
import { addDocumentFacts } from './graph/document-graph.js';
import { documentId } from './graph/ids.js';
import { linkDependencies } from './link/dependencies/index.js';
import { linkFunding } from './link/funding/index.js';
import { linkPlaces } from './link/places/index.js';
import { linkRoles } from './link/roles/index.js';
import { clauseActors } from './link/actors/index.js';
import type { AgencyRef, LinkContext, ProjectTarget } from './link/context.js';
import { findAgencyMentions } from './recognise/agencies.js';
import { findAmounts } from './recognise/amounts.js';
import { namesTheDocument, recogniseMetadata } from './recognise/metadata.js';
import { findProjects } from './recognise/projects/index.js';
import { recogniseStructure } from './recognise/structure.js';
import { recogniseTasks } from './recognise/tasks.js';
import { resolveDocument, type DocumentMetadata } from './resolve/document.js';
import { segmentText } from './segment/segment.js';

export interface SourceDocument {
  /** Base name of the input file. */
  file: string;
  bytes: Uint8Array;
  /** Metadata from a manifest, when there is one. */
  metadata?: Partial<DocumentMetadata>;
}

export interface ExtractFailure {
  file: string;
  /** Names the file and what is wrong with it. */
  message: string;
  error: DocumentError;
}

/** Extracts every document into one graph. A document that is bad input is reported and skipped. */
export interface Extraction {
  graph: GraphJson;
  failures: ExtractFailure[];
  /** The decoded original text of each document, by document id (evidence offsets point into it). */
  texts: Map<string, string>;
}

export function extractGraph(sources: readonly SourceDocument[]): Extraction {
  const builder = new GraphBuilder();
  const failures: ExtractFailure[] = [];
  for (const source of sources) {
    try {
      extractDocument(builder, source);
    } catch (error) {
      // bad input is the user's to fix; anything else is a bug and keeps its stack
      if (!(error instanceof DocumentError)) throw error;
      failures.push({ file: source.file, message: error.message, error });
    }
  }
  return { graph: builder.build(), failures, texts: builder.documentTexts() };
}

export function extractDocument(builder: GraphBuilder, source: SourceDocument): void {
  // decode → clean
  const decoded = decodeDocument(source.bytes, source.file);
  const clean = cleanForRecognition(decoded);
  const text = clean.text;
  const docId = documentId(decoded.text);
  if (builder.hasDocument(docId)) return;

  // segment
  const segments = segmentText(text);

  // recognise → resolve: the document's context first (its jurisdiction decides what 市 means)
  const doc = resolveDocument(recogniseMetadata(text, source.file), source.metadata ?? {});
  builder.addDocument(
    {
      id: docId,
      file: source.file,
      title: doc.title,
      issuer: doc.issuer?.name ?? '',
      jurisdiction: doc.jurisdiction.name,
      genre: doc.genre,
      date: doc.date,
      chars: decoded.text.length,
    },
    decoded.text,
  );
  const mentions = findAgencyMentions(text, doc.places);
  const agencies: AgencyRef[] = mentions.flatMap((mention) => {
    const agency = doc.agencies.resolve(mention);
    return agency ? [{ mention, agency }] : [];
  });
  const structure = recogniseStructure(text, segments.lines, mentions);
  const tasks = recogniseTasks(text, structure, doc.genre);
  const found = findProjects(text, segments.clauses, mentions);
  const projects = found.mentions.filter((p) => !namesTheDocument(p.name, doc.title));
  const frames = found.frames;
  const amounts = findAmounts(text);

  // link
  const ctx: LinkContext = { text, doc, segments, structure, agencies, projects, frames, tasks, amounts };
  const roles = linkRoles(ctx);
  const dependencies = linkDependencies(ctx);
  const funding = linkFunding(ctx, clauseActors(ctx));
  const withFacts: ProjectTarget[] = [
    ...roles.map((r) => r.target),
    ...dependencies.flatMap((d) => [d.from, d.to]),
    ...funding.flatMap((f) => ('project' in f.target ? [f.target.project] : [])),
  ];
  const places = linkPlaces(ctx, withFacts);

  // graph
  addDocumentFacts(builder, docId, clean, ctx, { roles, dependencies, funding, places });
}

export const MANIFEST = 'manifest.json';

/**
 * Reads files, with the metadata of a `manifest.json` beside them. A file that cannot be read is a
 * failure naming it; a manifest that is not valid JSON is bad input naming the manifest (thrown).
 */
export function readSources(files: readonly string[]): {
  sources: SourceDocument[];
  unreadable: ExtractFailure[];
} {
  const manifests = new Map<string, Record<string, Partial<DocumentMetadata>>>();
  const sources: SourceDocument[] = [];
  const unreadable: ExtractFailure[] = [];
  for (const path of files) {
    const dir = dirname(path);
    const file = basename(path);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
    const metadata = manifests.get(dir)?.[file];
    try {
      sources.push({ file, bytes: readFileSync(path), ...(metadata ? { metadata } : {}) });
    } catch (cause) {
      const error = new DocumentError(
        path,
        `cannot read (${cause instanceof Error ? cause.message : String(cause)})`,
      );
      unreadable.push({ file, message: error.message, error });
    }
  }
  return { sources, unreadable };
}

function readManifest(dir: string): Record<string, Partial<DocumentMetadata>> {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return {};
  let parsed: { documents?: Record<string, Partial<DocumentMetadata>> };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as typeof parsed;
  } catch (error) {
    throw new InputError(
      `${path}: the manifest is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return parsed.documents ?? {};
}

/** Files → graph JSON, and the files that could not be read or decoded. */
export function extractFiles(files: readonly string[]): { graph: GraphJson; failures: ExtractFailure[] } {
  const { sources, unreadable } = readSources(files);
  const { graph, failures } = extractGraph(sources);
  return { graph, failures: [...unreadable, ...failures] };
}
