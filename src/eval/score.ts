/**
 * Scores a graph JSON against gold sets: per fact kind, true/false positives and false negatives,
 * micro-averaged over the gold documents, then precision, recall and F1.
 *
 * This is a line-by-line transcription of the reference scorer (test/reference/eval-graph.mjs), so
 * that `npm run eval` prints the same table as the shared tool: same entity filter (only entities
 * that take part in a gold fact), same range rule (evidence START in [lo, hi)), same funding filter,
 * same "a system item is correct if it matches any gold item" precision, same recall-only kinds
 * (agency_mentions, funding_kind, project_places). Keep it that way; see matching.ts.
 */
import { basename } from 'node:path';
import type { Evidence, GraphEdge, GraphJson, GraphNode } from '../model/graph-json.js';
import type { GoldAgency, GoldDependency, GoldFunding, GoldProject, GoldRole, GoldSet } from './gold.js';
import { agencyKey, placeLike, similar } from './matching.js';

export const SCORE_KINDS = [
  'agencies',
  'agency_mentions',
  'projects',
  'roles',
  'roles_any_type',
  'funding',
  'funding_amounts',
  'funding_kind',
  'dependencies',
  'project_places',
] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

/** Kinds whose precision is not measured (their fp is always 0). */
export const RECALL_ONLY_KINDS: readonly ScoreKind[] = ['agency_mentions', 'funding_kind', 'project_places'];

export interface ScoreRow {
  kind: ScoreKind;
  tp: number;
  fp: number;
  fn: number;
  /** Rounded to 3 decimals, as the reference does. */
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreResult {
  rows: ScoreRow[];
  /** One line per missed gold item and per extra system item (and per document missing from the graph). */
  misses: string[];
}

export interface ScoreOptions {
  /**
   * List every miss and extra (the reference's --verbose). Without it `misses` only reports gold
   * documents missing from the graph. Default true.
   */
  verbose?: boolean;
  /** Name the rules behind each extra edge (` [role/unit-list]`); the reference scorer does not. */
  showRules?: boolean;
}

/** The rules behind an edge's evidence in a document, for `--verbose` extras: " [role/unit-list]". */
function rulesOf(edge: GraphEdge, docId: string | undefined): string {
  const ids = new Set(edge.evidence.filter((e) => e.doc === docId).flatMap((e) => e.rules ?? []));
  return ids.size ? ` [${[...ids].join(', ')}]` : '';
}

/** The fact edges whose ends count as extracted agencies and projects. */
const FACT_EDGE_TYPES = new Set(['LEADS', 'ASSISTS', 'FUNDS', 'PROVIDED_BY', 'DEPENDS_ON', 'LOCATED_IN']);

const namesOf = (node: GraphNode): string[] => [node.name, ...(node.aliases ?? [])];

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function scoreGraph(
  graph: GraphJson,
  goldSets: readonly GoldSet[],
  options: ScoreOptions = {},
): ScoreResult {
  const verbose = options.verbose ?? true;
  const showRules = options.showRules ?? false;
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const docByFile = new Map(graph.documents.map((d) => [basename(d.file), d]));
  const totals = new Map<ScoreKind, Tally>();
  const misses: string[] = [];

  const add = (kind: ScoreKind, tp: number, fp: number, fn: number): void => {
    const tally = totals.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    totals.set(kind, tally);
    tally.tp += tp;
    tally.fp += fp;
    tally.fn += fn;
  };

  for (const gold of goldSets) {
    const doc = docByFile.get(basename(gold.doc));
    const [lo, hi] = gold.range || [0, Infinity];
    const inRange = (ev: Evidence): boolean => !!doc && ev.doc === doc.id && ev.start >= lo && ev.start < hi;
    const edges = doc ? graph.edges.filter((e) => (e.evidence || []).some(inRange)) : [];
    const label = `${gold.doc}${gold.range ? ` [${lo},${hi})` : ''}`;
    if (!doc) misses.push(`${label}: document missing from the graph`);

    // Amounts tied to neither a project nor an agency are statistics, not graph facts: not scored.
    const funding = (gold.funding || []).filter((f) => f.project || f.agency);
    const roles = gold.roles || [];
    const dependencies = gold.dependencies || [];
    // Only entities that take part in a gold fact are scored as entities.
    const usedAgencies = new Set([...roles.map((r) => r.agency), ...funding.map((f) => f.agency)]);
    const usedProjects = new Set([
      ...roles.map((r) => r.project),
      ...funding.map((f) => f.project),
      ...dependencies.flatMap((d) => [d.from, d.to]),
      ...gold.projects.filter((p) => (p.places || []).length).map((p) => p.name),
    ]);
    const goldAgencies = gold.agencies.filter((a) => usedAgencies.has(a.name));
    const goldProjects = gold.projects.filter((p) => usedProjects.has(p.name));
    const goldProject = new Map(gold.projects.map((p) => [p.name, p]));

    const agencyMatches = (node: GraphNode | undefined, goldName: string): boolean =>
      !!node && node.label === 'Agency' && agencyKey(node.name) === agencyKey(goldName);
    const projectMatches = (node: GraphNode | undefined, goldName: string): boolean => {
      const gp = goldProject.get(goldName);
      return (
        !!node &&
        node.label === 'Project' &&
        !!gp &&
        similar(namesOf(node), [gp.name, ...(gp.variants || [])])
      );
    };

    const score = <S extends string | GraphEdge, G>(
      kind: ScoreKind,
      sys: readonly S[],
      goldItems: readonly G[],
      match: (s: S, g: G) => boolean,
      show: (g: G) => string,
    ): void => {
      let tp = 0;
      for (const gi of goldItems) {
        if (sys.some((s) => match(s, gi))) tp++;
        else if (verbose) misses.push(`${label}: missed ${kind}: ${show(gi)}`);
      }
      // Precision: a system item counts as correct if it matches any gold item.
      const extras = sys.filter((s) => !goldItems.some((gi) => match(s, gi)));
      if (verbose) {
        for (const s of extras) {
          const desc =
            typeof s === 'string'
              ? `${nodes.get(s)?.name}`
              : `${nodes.get(s.from)?.name} -${s.type}-> ${nodes.get(s.to)?.name}${showRules ? rulesOf(s, doc?.id) : ''}`;
          misses.push(`${label}: extra ${kind}: ${desc}`);
        }
      }
      add(kind, tp, extras.length, goldItems.length - tp);
    };

    // agencies: nodes touched by an in-range fact edge
    const factEdges = edges.filter((e) => FACT_EDGE_TYPES.has(e.type));
    const sysAgencies = endsLabelled(factEdges, nodes, 'Agency');
    score(
      'agencies',
      sysAgencies,
      goldAgencies,
      (id, ga: GoldAgency) => agencyMatches(nodes.get(id), ga.name),
      (ga) => ga.name,
    );

    // agency alias resolution: every gold mention must be an alias (or the name) of the right node
    let mentionTp = 0;
    let mentionFn = 0;
    for (const ga of goldAgencies) {
      for (const mention of ga.mentions || []) {
        const resolved = sysAgencies.some((id) => {
          const node = nodes.get(id);
          return agencyMatches(node, ga.name) && !!node && namesOf(node).includes(mention);
        });
        if (resolved) mentionTp++;
        else {
          mentionFn++;
          if (verbose) misses.push(`${label}: mention ${mention} not resolved to ${ga.name}`);
        }
      }
    }
    add('agency_mentions', mentionTp, 0, mentionFn);

    // projects: nodes touched by an in-range fact edge
    const sysProjects = endsLabelled(factEdges, nodes, 'Project');
    score(
      'projects',
      sysProjects,
      goldProjects,
      (id, gp: GoldProject) => projectMatches(nodes.get(id), gp.name),
      (gp) => gp.name,
    );

    // roles
    const roleEdges = edges.filter((e) => e.type === 'LEADS' || e.type === 'ASSISTS');
    const roleOk = (e: GraphEdge, r: GoldRole): boolean =>
      agencyMatches(nodes.get(e.from), r.agency) && projectMatches(nodes.get(e.to), r.project);
    score(
      'roles',
      roleEdges,
      roles,
      (e, r) => roleOk(e, r) && e.type === (r.role === 'LEAD' ? 'LEADS' : 'ASSISTS'),
      (r) => `${r.role} ${r.agency} -> ${r.project}`,
    );
    score('roles_any_type', roleEdges, roles, roleOk, (r) => `${r.agency} -> ${r.project}`);

    // funding: Funding nodes with an in-range FUNDS edge, matched on amount and (where gold names one) target
    const fundEdges = edges.filter((e) => e.type === 'FUNDS');
    const amountOk = (e: GraphEdge, gf: GoldFunding): boolean => {
      const yuan = nodes.get(e.from)?.props?.yuan;
      return typeof yuan === 'number' && Math.abs(yuan - gf.yuan) <= Math.max(1, 0.005 * gf.yuan);
    };
    const targetOk = (e: GraphEdge, gf: GoldFunding): boolean => {
      if (gf.project) return projectMatches(nodes.get(e.to), gf.project);
      if (gf.agency) return agencyMatches(nodes.get(e.to), gf.agency);
      return true;
    };
    score(
      'funding',
      fundEdges,
      funding,
      (e, gf) => amountOk(e, gf) && targetOk(e, gf),
      (gf) => `${gf.text} -> ${gf.project || gf.agency || '-'}`,
    );
    score('funding_amounts', fundEdges, funding, amountOk, (gf) => gf.text);
    const kindTp = funding.filter((gf) =>
      fundEdges.some((e) => amountOk(e, gf) && nodes.get(e.from)?.props?.kind === gf.kind),
    ).length;
    add('funding_kind', kindTp, 0, funding.length - kindTp);

    // dependencies (pair in either direction)
    const depEdges = edges.filter((e) => e.type === 'DEPENDS_ON');
    score(
      'dependencies',
      depEdges,
      dependencies,
      (e, d: GoldDependency) =>
        (projectMatches(nodes.get(e.from), d.from) && projectMatches(nodes.get(e.to), d.to)) ||
        (projectMatches(nodes.get(e.from), d.to) && projectMatches(nodes.get(e.to), d.from)),
      (d) => `${d.from} ~ ${d.to}`,
    );

    // project places (recall only: gold places are not exhaustive for every project). As in the
    // reference, any LOCATED_IN edge of the graph counts, in range or not.
    let placeTp = 0;
    let placeFn = 0;
    for (const gp of gold.projects) {
      for (const place of gp.places || []) {
        const located = graph.edges.some(
          (e) =>
            e.type === 'LOCATED_IN' &&
            projectMatches(nodes.get(e.from), gp.name) &&
            placeLike(namesOf(nodes.get(e.to) ?? NAMELESS), place),
        );
        if (located) placeTp++;
        else {
          placeFn++;
          if (verbose) misses.push(`${label}: place ${place} of ${gp.name}`);
        }
      }
    }
    add('project_places', placeTp, 0, placeFn);
  }

  const rows = [...totals].map(([kind, t]) => {
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : t.fn ? 0 : 1;
    const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    return { kind, ...t, precision: round3(p), recall: round3(r), f1: round3(f1) };
  });
  return { rows, misses };
}

/** A stand-in for an edge end that is not in the graph: it matches no place. */
const NAMELESS: GraphNode = { id: '', label: 'Place', name: '', props: {} };

function round3(x: number): number {
  return +x.toFixed(3);
}

/** Distinct ids (first-seen order) of the edge ends that carry `label`. */
function endsLabelled(edges: readonly GraphEdge[], nodes: Map<string, GraphNode>, label: string): string[] {
  const ids = new Set<string>();
  for (const e of edges) for (const id of [e.from, e.to]) if (nodes.get(id)?.label === label) ids.add(id);
  return [...ids];
}
