#!/usr/bin/env node
/* eslint-disable */
// VENDORED COPY — do not edit the logic.
// Source: the task's shared reference scorer, tools/eval-graph.mjs (sha256 of the original below),
// copied here so that test/unit/eval/reference-parity.test.ts can check that the project's own scorer
// (src/eval/) prints the same table, without the project depending on a folder outside the repo.
// Only this header was added and the code was run through prettier; if the reference changes,
// re-copy it and re-run the parity test.
// original sha256: 2ed16b227df1b4cfc17b902fc31e95a41110926d047d6768ce088347f25ba92f
// Scores a graph JSON (docs/graph-json.md) against gold annotations (gold-dev/README.md).
// Usage: node eval-graph.mjs graph.json GOLD_DIR [--json] [--verbose]
// Per fact kind it prints precision, recall and F1, micro-averaged over the gold documents.
// A gold file may carry "range": [start, end]: only that part of its document is scored.
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const verbose = args.includes('--verbose');
const [graphPath, goldDir] = args.filter((a) => !a.startsWith('--'));
if (!graphPath || !goldDir) {
  console.error('usage: eval-graph.mjs graph.json GOLD_DIR [--json] [--verbose]');
  process.exit(2);
}

// ---- name matching -------------------------------------------------------------------------
const agencyKey = (s) =>
  s
    .replace(/[\s“”"'‘’《》()（）·]/g, '')
    .replace(/人民政府/g, '政府')
    .replace(/管理委员会/g, '管委会')
    .replace(/执行委员会/g, '执委会')
    .replace(/和/g, '');
const plain = (s) => s.replace(/[\s“”"'‘’《》()（）「」·、,，。]/g, '');
function bigrams(s) {
  const b = new Map();
  for (let i = 0; i < s.length - 1; i++) b.set(s.slice(i, i + 2), (b.get(s.slice(i, i + 2)) || 0) + 1);
  return b;
}
function dice(a, b) {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const A = bigrams(a),
    B = bigrams(b);
  let inter = 0;
  for (const [k, v] of A) inter += Math.min(v, B.get(k) || 0);
  return (2 * inter) / (a.length - 1 + b.length - 1);
}
function similar(namesA, namesB) {
  for (const x0 of namesA)
    for (const y0 of namesB) {
      const x = plain(x0),
        y = plain(y0);
      if (!x || !y) continue;
      if (x === y) return true;
      const [s, l] = x.length <= y.length ? [x, y] : [y, x];
      if (s.length >= 4 && l.includes(s) && s.length / l.length >= 0.5) return true;
      if (dice(x, y) >= 0.6) return true;
    }
  return false;
}
const placeLike = (names, goldName) => {
  const g = plain(goldName).replace(/(市|区|县|镇|街道|村)$/, '');
  return names.some((n) => {
    const p = plain(n);
    return p === plain(goldName) || (g.length >= 2 && p.includes(g)) || dice(p, plain(goldName)) >= 0.6;
  });
};

// ---- load ---------------------------------------------------------------------------------------
const graph = JSON.parse(readFileSync(graphPath, 'utf8'));
const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
const namesOf = (n) => [n.name, ...(n.aliases || [])];
const docByFile = new Map(graph.documents.map((d) => [basename(d.file), d]));

const totals = {};
const add = (kind, tp, fp, fn) => {
  const t = (totals[kind] ||= { tp: 0, fp: 0, fn: 0 });
  t.tp += tp;
  t.fp += fp;
  t.fn += fn;
};
const misses = [];

for (const f of readdirSync(goldDir)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  const doc = docByFile.get(basename(gold.doc));
  const [lo, hi] = gold.range || [0, Infinity];
  const inRange = (ev) => doc && ev.doc === doc.id && ev.start >= lo && ev.start < hi;
  const edges = doc ? graph.edges.filter((e) => (e.evidence || []).some(inRange)) : [];
  const label = `${gold.doc}${gold.range ? ` [${lo},${hi})` : ''}`;
  if (!doc) misses.push(`${label}: document missing from the graph`);

  // Amounts tied to neither a project nor an agency are statistics, not graph facts: not scored.
  gold.funding = (gold.funding || []).filter((f) => f.project || f.agency);
  // Only entities that take part in a gold fact are scored as entities.
  const usedAgencies = new Set([
    ...(gold.roles || []).map((r) => r.agency),
    ...(gold.funding || []).map((f) => f.agency),
  ]);
  const usedProjects = new Set([
    ...(gold.roles || []).map((r) => r.project),
    ...(gold.funding || []).map((f) => f.project),
    ...(gold.dependencies || []).flatMap((d) => [d.from, d.to]),
    ...gold.projects.filter((p) => (p.places || []).length).map((p) => p.name),
  ]);
  const goldAgencies = gold.agencies.filter((a) => usedAgencies.has(a.name));
  const goldProjects = gold.projects.filter((p) => usedProjects.has(p.name));
  const goldProject = new Map(gold.projects.map((p) => [p.name, p]));
  const agencyMatches = (node, goldName) =>
    node && node.label === 'Agency' && agencyKey(node.name) === agencyKey(goldName);
  const projectMatches = (node, goldName) => {
    const gp = goldProject.get(goldName);
    return (
      node && node.label === 'Project' && gp && similar(namesOf(node), [gp.name, ...(gp.variants || [])])
    );
  };

  // agencies: nodes touched by an in-range fact edge
  const factEdges = edges.filter((e) =>
    ['LEADS', 'ASSISTS', 'FUNDS', 'PROVIDED_BY', 'DEPENDS_ON', 'LOCATED_IN'].includes(e.type),
  );
  const sysAgencies = new Set();
  for (const e of factEdges)
    for (const id of [e.from, e.to]) if (nodes.get(id)?.label === 'Agency') sysAgencies.add(id);
  score(
    'agencies',
    [...sysAgencies],
    goldAgencies,
    (id, ga) => agencyMatches(nodes.get(id), ga.name),
    (ga) => ga.name,
  );

  // agency alias resolution: every gold mention must be an alias (or the name) of the right node
  let resTp = 0,
    resFn = 0;
  for (const ga of goldAgencies)
    for (const m of ga.mentions || []) {
      const ok = [...sysAgencies].some(
        (id) => agencyMatches(nodes.get(id), ga.name) && namesOf(nodes.get(id)).includes(m),
      );
      ok ? resTp++ : (resFn++, verbose && misses.push(`${label}: mention ${m} not resolved to ${ga.name}`));
    }
  add('agency_mentions', resTp, 0, resFn);

  // projects: nodes touched by an in-range fact edge
  const sysProjects = new Set();
  for (const e of factEdges)
    for (const id of [e.from, e.to]) if (nodes.get(id)?.label === 'Project') sysProjects.add(id);
  score(
    'projects',
    [...sysProjects],
    goldProjects,
    (id, gp) => projectMatches(nodes.get(id), gp.name),
    (gp) => gp.name,
  );

  // roles
  const roleEdges = edges.filter((e) => e.type === 'LEADS' || e.type === 'ASSISTS');
  const roleOk = (e, r) =>
    agencyMatches(nodes.get(e.from), r.agency) && projectMatches(nodes.get(e.to), r.project);
  score(
    'roles',
    roleEdges,
    gold.roles || [],
    (e, r) => roleOk(e, r) && e.type === (r.role === 'LEAD' ? 'LEADS' : 'ASSISTS'),
    (r) => `${r.role} ${r.agency} -> ${r.project}`,
  );
  score('roles_any_type', roleEdges, gold.roles || [], roleOk, (r) => `${r.agency} -> ${r.project}`);

  // funding: Funding nodes with an in-range FUNDS edge, matched on amount and (where gold names one) target
  const fundEdges = edges.filter((e) => e.type === 'FUNDS');
  const amountOk = (e, gf) => {
    const y = nodes.get(e.from)?.props?.yuan;
    return typeof y === 'number' && Math.abs(y - gf.yuan) <= Math.max(1, 0.005 * gf.yuan);
  };
  const targetOk = (e, gf) => {
    if (gf.project) return projectMatches(nodes.get(e.to), gf.project);
    if (gf.agency) return agencyMatches(nodes.get(e.to), gf.agency);
    return true;
  };
  score(
    'funding',
    fundEdges,
    gold.funding || [],
    (e, gf) => amountOk(e, gf) && targetOk(e, gf),
    (gf) => `${gf.text} -> ${gf.project || gf.agency || '-'}`,
  );
  score('funding_amounts', fundEdges, gold.funding || [], amountOk, (gf) => gf.text);
  const kindTp = (gold.funding || []).filter((gf) =>
    fundEdges.some((e) => amountOk(e, gf) && nodes.get(e.from)?.props?.kind === gf.kind),
  ).length;
  add('funding_kind', kindTp, 0, (gold.funding || []).length - kindTp);

  // dependencies (pair in either direction)
  const depEdges = edges.filter((e) => e.type === 'DEPENDS_ON');
  score(
    'dependencies',
    depEdges,
    gold.dependencies || [],
    (e, d) =>
      (projectMatches(nodes.get(e.from), d.from) && projectMatches(nodes.get(e.to), d.to)) ||
      (projectMatches(nodes.get(e.from), d.to) && projectMatches(nodes.get(e.to), d.from)),
    (d) => `${d.from} ~ ${d.to}`,
  );

  // project places (recall only: gold places are not exhaustive for every project)
  let plTp = 0,
    plFn = 0;
  for (const gp of gold.projects)
    for (const pl of gp.places || []) {
      const ok = graph.edges.some(
        (e) =>
          e.type === 'LOCATED_IN' &&
          projectMatches(nodes.get(e.from), gp.name) &&
          placeLike(namesOf(nodes.get(e.to) || { name: '' }), pl),
      );
      ok ? plTp++ : (plFn++, verbose && misses.push(`${label}: place ${pl} of ${gp.name}`));
    }
  add('project_places', plTp, 0, plFn);

  function score(kind, sys, goldItems, match, show) {
    const used = new Set();
    let tp = 0;
    for (const gi of goldItems) {
      const hit = sys.findIndex((s) => match(s, gi));
      if (hit >= 0) {
        tp++;
        used.add(hit);
      } else if (verbose) misses.push(`${label}: missed ${kind}: ${show(gi)}`);
    }
    // precision: a system item counts as correct if it matches any gold item
    const fp = sys.filter((s) => !goldItems.some((gi) => match(s, gi))).length;
    if (verbose)
      for (const s of sys)
        if (!goldItems.some((gi) => match(s, gi))) {
          const desc =
            typeof s === 'string'
              ? nodes.get(s)?.name
              : `${nodes.get(s.from)?.name} -${s.type}-> ${nodes.get(s.to)?.name}`;
          misses.push(`${label}: extra ${kind}: ${desc}`);
        }
    add(kind, tp, fp, goldItems.length - tp);
  }
}

const rows = Object.entries(totals).map(([kind, t]) => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : t.fn ? 0 : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { kind, ...t, precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +f1.toFixed(3) };
});
if (asJson) {
  console.log(JSON.stringify({ rows, misses }, null, 1));
} else {
  if (verbose) for (const m of misses) console.log(m);
  console.log('kind               tp    fp    fn   prec  recall  f1');
  for (const r of rows)
    console.log(
      `${r.kind.padEnd(17)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`,
    );
  console.log('(precision is not measured for agency_mentions, funding_kind and project_places)');
}
