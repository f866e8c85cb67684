/**
 * The extractor, top to bottom: decode → clean → segment → recognise → resolve → link → graph.
 *
 * Every recogniser works on the CLEANED text (same length as the original: boilerplate blanked,
 * 头部→第一 repaired, full-width→ASCII) and reports offsets; evidence quotes are sliced from the
 * ORIGINAL decoded text with those offsets, so `quote === text.slice(start, end)` always holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeDocument } from './decode/decode.js';
import { cleanForRecognition } from './clean/clean.js';
import { splitLines, splitSentences, spanAt, type TextSpan } from './segment/spans.js';
import { classifyLine } from './segment/structure.js';
import { findAgencyMentions, type AgencyMention } from './recognise/agencies.js';
import { findProjectMentions, investedWorks, type ProjectMention } from './recognise/projects.js';
import { findPersonTitles } from './recognise/persons.js';
import { findPlaces } from './recognise/places.js';
import { inferMetadata, type DocumentMetadata } from './recognise/document-metadata.js';
import { AgencyResolver, type ResolvedAgency } from './resolve/agencies.js';
import { linkRoles } from './link/roles.js';
import {
  measureComponents,
  nameDependencies,
  phaseDependencies,
  sentenceDependencies,
  type DependencyFact,
} from './link/dependencies.js';
import { linkFunding, taskTakesMoney } from './link/funding.js';
import { linkPlaces, placeNode } from './link/places.js';
import { treatedAsProject } from './link/project-context.js';
import { GraphBuilder, documentId } from './graph/builder.js';
import type { GraphJson } from '../src/model/graph-json.js';

export interface SourceDocument {
  /** Base name of the input file. */
  file: string;
  bytes: Uint8Array;
  /** Metadata from a manifest, when there is one. */
  metadata?: Partial<DocumentMetadata>;
}

export interface ExtractFailure {
  file: string;
  message: string;
}

export function projectId(m: ProjectMention): string {
  return `project:${m.key}`;
}

export function personId(name: string, jurisdiction: string): string {
  // A name alone is ambiguous across cities; the title changes with time, so it is not in the id.
  return `person:${jurisdiction}:${name}`;
}

/** Extracts every document into one graph. A failing document is reported and skipped. */
export function extractGraph(sources: readonly SourceDocument[]): {
  graph: GraphJson;
  failures: ExtractFailure[];
} {
  const builder = new GraphBuilder();
  const failures: ExtractFailure[] = [];
  for (const source of sources) {
    try {
      extractDocument(builder, source);
    } catch (error) {
      failures.push({ file: source.file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { graph: builder.build(), failures };
}

export function extractDocument(builder: GraphBuilder, source: SourceDocument): void {
  // decode → clean
  const decoded = decodeDocument(source.bytes, source.file);
  const text = decoded.text;
  const clean = cleanForRecognition(decoded);
  const meta = { ...inferMetadata(clean, source.file), ...definedOnly(source.metadata ?? {}) };
  const docId = documentId(text);
  if (builder.hasDocument(docId)) return;
  builder.addDocument(
    {
      id: docId,
      file: source.file,
      title: meta.title,
      issuer: meta.issuer,
      jurisdiction: meta.jurisdiction,
      genre: meta.genre,
      date: meta.date,
      chars: text.length,
    },
    text,
  );

  // segment
  const lines = splitLines(clean);
  const sentences = lines.flatMap((l) => splitSentences(clean, l));

  // recognise + resolve: agencies
  const resolver = new AgencyResolver({ name: meta.jurisdiction, issuer: meta.issuer || null });
  const resolvedOf = new Map<AgencyMention, ResolvedAgency>();
  const agencyMentions = findAgencyMentions(clean);
  for (const m of agencyMentions) {
    const r = resolver.resolve(m);
    if (r) resolvedOf.set(m, r);
  }
  const agencies = [...resolvedOf.keys()];

  // recognise: projects (per sentence), persons
  const agencyAt = new Int32Array(clean.length).fill(-1);
  agencyMentions.forEach((a, i) => agencyAt.fill(i, a.start, a.end));
  const insideAgencyName = (p: ProjectMention): boolean => {
    for (let k = p.start; k < p.end; k++) {
      const a = agencyMentions[agencyAt[k]!];
      // a task force named after its project (担杆海上风电项目前期推进工作小组) leaves the project
      if (a && !(a.kind === 'TASK_FORCE' && a.start === p.start)) return true;
    }
    return false;
  };
  // a name inside an agency name (市政府投资项目谋划储备工作领导小组) is not a project
  const mentions: ProjectMention[] = sentences
    .flatMap((s) => {
      const named = findProjectMentions(clean, s);
      const invested = investedWorks(clean, s).filter(
        (w) => !named.some((n) => n.start < w.end && w.start < n.end),
      );
      return invested.length ? [...named, ...invested].sort((a, b) => a.start - b.start) : named;
    })
    .filter((p) => !insideAgencyName(p));
  // "A、B等项目" is no project of its own: its span only redirects a fact about the whole list
  const aggregates = mentions.filter((m) => m.aggregate);
  const projects = mentions.filter((m) => !m.aggregate);
  projects.sort((a, b) => a.start - b.start || b.end - a.end);
  const projectsIn = (span: TextSpan): ProjectMention[] => {
    // binary search for the first mention starting inside the span
    let lo = 0;
    let hi = projects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (projects[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: ProjectMention[] = [];
    for (let k = lo; k < projects.length && projects[k]!.start < span.end; k++)
      if (projects[k]!.end <= span.end) out.push(projects[k]!);
    return out;
  };
  const titles = findPersonTitles(clean);

  // link: roles and tasks
  const { roles, oversights, tasks } = linkRoles({
    text: clean,
    genre: meta.genre,
    lines,
    agencies,
    projectsIn,
  });

  // link: dependencies
  const deps: DependencyFact[] = [];
  for (const s of sentences) deps.push(...sentenceDependencies(clean, s, projectsIn(s)));
  const sentenceOf = (m: ProjectMention): TextSpan => spanAt(sentences, m.start) ?? m;
  for (const m of projects) {
    const d = nameDependencies(m);
    if (d) deps.push({ from: m, to: d.base, kind: d.kind, evidence: sentenceOf(m) });
  }
  deps.push(...phaseDependencies(projects, sentenceOf));
  if (meta.genre === 'POLICY') {
    for (const line of lines) {
      const info = classifyLine(clean, line, meta.genre, agencies);
      const measure =
        info.kind === 'measure' ? tasks.find((t) => t.start >= line.start && t.end <= line.end) : undefined;
      if (measure)
        deps.push(...measureComponents(clean, measure, { start: measure.end, end: line.end }, projects));
    }
  }

  // graph: nodes
  const agencyNode = (r: ResolvedAgency) => {
    builder.addNode({
      id: r.id,
      label: 'Agency',
      name: r.name,
      aliases: [],
      props: { kind: r.kind, level: r.level, jurisdiction: r.jurisdiction },
    });
    return r.id;
  };
  const inRole = new Set(roles.map((f) => f.agency));
  for (const [m, r] of resolvedOf) {
    // every surface form of a known body is an alias of its node (我局 included)
    if (r.kind === 'GOVERNMENT' || r.kind === 'PARTY' || inRole.has(m)) {
      builder.addNode({
        id: r.id,
        label: 'Agency',
        name: r.name,
        aliases: [m.surface],
        props: { kind: r.kind, level: r.level, jurisdiction: r.jurisdiction },
      });
    }
  }
  const projectNode = (m: ProjectMention) => {
    const id = projectId(m);
    builder.addNode({ id, label: 'Project', name: m.name, aliases: [], props: { kind: m.kind } });
    return id;
  };
  const allProjects = [...projects, ...tasks];
  for (const m of allProjects) projectNode(m);

  // graph: edges
  for (const f of roles) {
    const r = resolvedOf.get(f.agency);
    if (r)
      builder.addEdge(
        f.type,
        agencyNode(r),
        projectNode(f.project),
        {},
        docId,
        f.evidence.start,
        f.evidence.end,
      );
  }
  for (const d of deps) {
    builder.addEdge(
      'DEPENDS_ON',
      projectNode(d.from),
      projectNode(d.to),
      { kind: d.kind },
      docId,
      d.evidence.start,
      d.evidence.end,
    );
  }
  for (const o of oversights) {
    const id = personId(o.person, meta.jurisdiction);
    builder.addNode({
      id,
      label: 'Person',
      name: o.person,
      aliases: [],
      props: { title: titles.get(o.person) ?? null },
    });
    builder.addEdge('OVERSEES', id, projectNode(o.project), {}, docId, o.evidence.start, o.evidence.end);
  }

  // BASED_IN: each agency in its jurisdiction (first mention as evidence)
  const based = new Set<string>();
  for (const [m, r] of resolvedOf) {
    if (!r.jurisdiction || based.has(r.id) || !builder.hasNode(r.id)) continue;
    const place = findPlaces(r.jurisdiction, { jurisdiction: meta.jurisdiction }).pop()?.place;
    if (!place) continue;
    based.add(r.id);
    builder.addNode(placeNode(place));
    builder.addEdge('BASED_IN', r.id, place.id, {}, docId, m.start, m.end);
  }

  // link: funding and places (foundations' linkers), on the same project and agency spans
  const projectRefs = allProjects.map((m) => ({ id: projectId(m), start: m.start, end: m.end }));
  const agencyRefs = agencies.flatMap((m) => {
    const r = resolvedOf.get(m);
    return r && builder.hasNode(r.id) ? [{ id: r.id, start: m.start, end: m.end }] : [];
  });
  const sortedTasks = [...tasks].sort((a, b) => a.start - b.start);
  const taskRefs = sortedTasks.map((t, i) => ({
    id: projectId(t),
    start: t.start,
    end: Math.min(sortedTasks[i + 1]?.start ?? text.length, t.start + 3000),
  }));
  const year = /20\d\d/.exec(meta.date ?? meta.title)?.[0];
  const funding = linkFunding({
    docId,
    text,
    clean,
    docYear: year ? Number(year) : null,
    city: meta.jurisdiction,
    projects: projectRefs,
    agencies: agencyRefs,
    // section headings and numbered points of reports and bulletins are themes (taskTakesMoney)
    tasks: taskRefs.filter((t, i) => {
      const task = sortedTasks[i]!;
      const lineStart = clean.lastIndexOf('\n', task.start - 1) + 1;
      return taskTakesMoney(meta.genre, clean.slice(lineStart, task.start), task.name);
    }),
    aggregates,
    agencyIdFor: (name) => (builder.hasNode(`agency:${name}`) ? `agency:${name}` : null),
  });
  const placesLinked = linkPlaces({
    docId,
    text,
    clean,
    jurisdiction: meta.jurisdiction,
    projects: projectRefs,
    agencies: agencyRefs,
  });
  // "Located in the document's jurisdiction" is a default, not something the text says: it is kept
  // only for projects the document states some fact about (a role, a dependency, money, a leader).
  const stated = new Set<string>([
    ...roles.map((r) => projectId(r.project)),
    ...deps.flatMap((d) => [projectId(d.from), projectId(d.to)]),
    ...oversights.map((o) => projectId(o.project)),
    ...funding.edges.filter((e) => e.type === 'FUNDS').map((e) => e.to),
    // a policy applies in its jurisdiction: the projects it names are located there
    ...(meta.genre === 'POLICY' ? projects.map(projectId) : []),
  ]);
  // A place in a work's name or clause is a fact about it only where the text treats it as a
  // project at all (a depot merely inspected states nothing about itself).
  const treated = new Set<string>([
    ...tasks.map(projectId),
    ...projects.filter((m) => treatedAsProject(clean, m, mentions)).map(projectId),
  ]);
  const located = placesLinked.edges.filter(
    (e) =>
      e.type !== 'LOCATED_IN' ||
      stated.has(e.from) ||
      (e.props.basis !== 'JURISDICTION' && treated.has(e.from)),
  );
  for (const n of [...funding.nodes, ...placesLinked.nodes]) builder.addNode(n);
  for (const e of [...funding.edges, ...located]) builder.addGraphEdge(e);
}

export const MANIFEST = 'manifest.json';

/** Reads files, with the metadata of a `manifest.json` beside them. */
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
    try {
      if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
      const metadata = manifests.get(dir)?.[file];
      sources.push({ file, bytes: readFileSync(path), ...(metadata ? { metadata } : {}) });
    } catch (error) {
      unreadable.push({
        file,
        message: `${path}: cannot read (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  }
  return { sources, unreadable };
}

function readManifest(dir: string): Record<string, Partial<DocumentMetadata>> {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return {};
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as {
    documents?: Record<string, Partial<DocumentMetadata>>;
  };
  return parsed.documents ?? {};
}

/** Files → graph JSON (files that cannot be read or decoded are skipped). */
export async function extractFiles(files: readonly string[]): Promise<GraphJson> {
  const { sources } = readSources(files);
  return extractGraph(sources).graph;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
