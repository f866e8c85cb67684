/**
 * Roles (LEADS / ASSISTS, Agency → Project) and responsible leaders (OVERSEES, Person → Project).
 *
 * The document is walked line by line keeping the current TASK (a numbered key task, a policy
 * measure heading, a task-table row): role cues that name no project of their own attach to it.
 * Cues (data/role-cues.json):
 *   "(A、B牵头)" after a measure        → A, B LEAD the measure (co-leads) and the projects in that clause
 *   "该工作由A负责" / "由A牵头负责"      → A LEADS the work described before it
 *   "A负责X,推动P…" at a line start      → A LEADS the row's task and P
 *   "A和B牵头,成立P…" in a plan line     → A, B LEAD P
 *   "A等有关单位" (assisting-unit cell)  → A ASSISTS the row's task
 *   "(A配合)", "A参与"                    → A ASSISTS
 *   "配合A制定P"                          → A LEADS P (the one being helped)
 *   table row "51任务。杨川市发展改革局"  → 杨川 OVERSEES, 市发展改革局 LEADS the task
 *   bulletin "(A供稿)" / title "A推进P"   → A LEADS the article's project(s)
 */
import cues from '../data/role-cues.json' with { type: 'json' };
import type { Genre } from '../../src/model/graph-json.js';
import type { AgencyMention } from '../recognise/agencies.js';
import { projectKey, type ProjectMention } from '../recognise/projects.js';
import { looksLikeName } from '../recognise/persons.js';
import { splitClauses, splitSentences, type TextSpan } from '../segment/spans.js';
import { classifyLine, type LineInfo } from '../segment/structure.js';

export interface RoleFact {
  type: 'LEADS' | 'ASSISTS';
  agency: AgencyMention;
  project: ProjectMention;
  evidence: TextSpan;
}

export interface OversightFact {
  person: string;
  project: ProjectMention;
  evidence: TextSpan;
}

export interface RoleInput {
  text: string;
  genre: Genre;
  lines: TextSpan[];
  /** Agency mentions that resolved to an agency, sorted by start. */
  agencies: AgencyMention[];
  /** Named project mentions in a span. */
  projectsIn: (span: TextSpan) => ProjectMention[];
}

export interface RoleOutput {
  roles: RoleFact[];
  oversights: OversightFact[];
  /** Task and measure titles that became projects. */
  tasks: ProjectMention[];
}

const LEAD_CUES = [...cues.lead].sort((a, b) => b.length - a.length);
const ASSIST_CUES = cues.assist;
const ASSIST_CELLS = [...cues.assistCells].sort((a, b) => b.length - a.length);
const CONNECTOR = /^[、和及与,\s]{1,2}$|^以及$/;
const MEANS = /^(依托|基于|通过|围绕|按照|根据|借助)/;
const EXCLUDE_BEFORE = ['依托', '基于', '纳入', '列入', '借助', '在'];
const MAX_EVIDENCE = 200;

/** Agency chains: runs of mentions joined only by 、和及与. */
function chains(text: string, mentions: AgencyMention[]): AgencyMention[][] {
  const out: AgencyMention[][] = [];
  let cur: AgencyMention[] = [];
  for (const m of mentions) {
    const last = cur[cur.length - 1];
    if (last && (m.start === last.end || CONNECTOR.test(text.slice(last.end, m.start)))) cur.push(m);
    else {
      if (cur.length) out.push(cur);
      cur = [m];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function clip(span: TextSpan, around: TextSpan): TextSpan {
  if (span.end - span.start <= MAX_EVIDENCE) return span;
  const start = Math.max(span.start, Math.min(around.start - 60, span.end - MAX_EVIDENCE));
  return { start, end: Math.min(span.end, start + MAX_EVIDENCE) };
}

function startsWithAny(text: string, at: number, list: readonly string[]): string | undefined {
  return list.find((c) => text.startsWith(c, at));
}

export function taskMention(text: string, span: TextSpan): ProjectMention {
  const name = text.slice(span.start, span.end);
  return { start: span.start, end: span.end, name, key: projectKey(name), kind: 'MEASURE', group: false };
}

/** The title of a task: its first clause, unless that clause is only the means ("通过…", "依托…"). */
function titleOf(text: string, span: TextSpan): TextSpan | undefined {
  const clauses = splitClauses(text, span);
  for (const c of clauses.slice(0, 3)) {
    const t = text.slice(c.start, c.end);
    if (MEANS.test(t)) continue;
    let end = c.end;
    while (end > c.start && /[。.;:]/.test(text[end - 1]!)) end--;
    if (end - c.start < 4 || end - c.start > 60) return undefined;
    return { start: c.start, end };
  }
  return undefined;
}

export function linkRoles(input: RoleInput): RoleOutput {
  const { text, genre, lines } = input;
  const roles: RoleFact[] = [];
  const oversights: OversightFact[] = [];
  const tasks: ProjectMention[] = [];
  const chainList = chains(text, input.agencies);
  let task: ProjectMention | undefined;
  let previous: LineInfo | undefined;

  const lead = (
    type: RoleFact['type'],
    chain: AgencyMention[],
    project: ProjectMention | undefined,
    evidence: TextSpan,
  ) => {
    if (!project) return;
    for (const agency of chain) roles.push({ type, agency, project, evidence: clip(evidence, agency) });
  };
  const newTask = (span: TextSpan | undefined): ProjectMention | undefined => {
    if (!span) return undefined;
    const t = taskMention(text, span);
    tasks.push(t);
    return t;
  };
  const chainsIn = (span: TextSpan) =>
    chainList.filter((c) => c[0]!.start >= span.start && c[c.length - 1]!.end <= span.end);
  /** Named projects of a span that are not the means or the target of inclusion. */
  const objectsIn = (span: TextSpan) =>
    input.projectsIn(span).filter((p) => {
      // a category the task itself names ("负责海洋重工项目建设" under "推进海洋重工…等重点项目建设")
      if (task && projectKey(task.name).includes(p.key)) return false;
      const before = text.slice(Math.max(span.start, p.start - 4), p.start);
      return !EXCLUDE_BEFORE.some((c) => before.endsWith(c));
    });

  for (const line of lines) {
    const info = classifyLine(text, line, genre, input.agencies);
    let body: TextSpan = { start: info.bodyStart, end: line.end };

    // assisting-unit cell glued to the start of the line: "市生态环境局等有关单位…"
    if (info.assistCell) {
      lead('ASSISTS', info.assistCell.chain, task, {
        start: line.start,
        end: Math.min(line.end, info.assistCell.end + 40),
      });
    }
    if (info.kind === 'section') {
      task = undefined;
    } else if (info.kind === 'measure' || info.kind === 'row' || info.kind === 'task') {
      if (info.kind !== 'task' || previous?.kind !== 'task' || genre !== 'TASK_TABLE') {
        const t = newTask(titleOf(text, body));
        if (t || info.kind !== 'task') task = t;
        if (!t && info.kind === 'row') {
          // "通过…,统筹推进“三个一批”项目建设": the named project is the task.
          const named = objectsIn(splitSentences(text, body)[0] ?? body)[0];
          if (named) task = named;
        }
      }
      if (info.kind === 'row') rowCells(info, body);
    }
    if (info.kind === 'numbered' && genre === 'TASK_TABLE' && !info.progress) {
      // "1.强化政策支持。…": a short heading before the first full stop is a key task
      const stop = text.indexOf('。', body.start);
      const heading = text.slice(body.start, Math.max(body.start, stop));
      if (stop > body.start && stop - body.start <= 20 && !/[:,]/.test(heading))
        task = newTask({ start: body.start, end: stop }) ?? task;
    }
    previous = info;
    body = { start: info.bodyStart, end: line.end };
    for (const sentence of splitSentences(text, body)) sentenceRoles(sentence, line, info);
  }

  /** Leader and lead-unit cells after the task text of a table row: "…提速。杨川市发展改革局各区(功能区)". */
  function rowCells(info: LineInfo, body: TextSpan) {
    const lastStop = text.lastIndexOf('。', body.end - 1);
    if (lastStop < body.start || !task) return;
    const cells: TextSpan = { start: lastStop + 1, end: body.end };
    const inCells = chainsIn(cells).flat();
    const firstAgency = inCells[0]?.start ?? cells.end;
    const person = text.slice(cells.start, firstAgency).trim();
    const evidence = { start: Math.max(body.start, cells.end - MAX_EVIDENCE), end: cells.end };
    if (looksLikeName(person)) oversights.push({ person, project: task, evidence });
    // Lead units sit right after the leader (or alone); anything else in the cell means it is prose.
    const rest = text.slice(firstAgency, cells.end).replace(/各区\(功能区\)|各区/g, '');
    const agencyText = inCells.map((a) => a.surface).join('');
    if (rest.replace(/[、\s]/g, '') === agencyText.replace(/[、\s]/g, ''))
      lead('LEADS', inCells, task, evidence);
    void info;
  }

  function sentenceRoles(sentence: TextSpan, line: TextSpan, info: LineInfo) {
    for (const chain of chainsIn(sentence)) {
      const first = chain[0]!;
      const last = chain[chain.length - 1]!;
      const after = last.end;
      const before = text.slice(Math.max(sentence.start, first.start - 3), first.start);
      const leadCue =
        startsWithAny(text, after, LEAD_CUES) ??
        (text.startsWith('牵头负责', after) ? '牵头负责' : undefined);
      const assistCue = startsWithAny(text, after, ASSIST_CUES);
      const inParens = text[first.start - 1] === '(' || before.endsWith('(');
      const cueEnd = after + (leadCue?.length ?? assistCue?.length ?? 0);
      const evidence: TextSpan = { start: sentence.start, end: Math.max(sentence.end, cueEnd) };
      if (info.assistCell && first.start === info.assistCell.chain[0]!.start) continue;

      // 配合A制定P: A leads P
      if (cues.leadObjectOf.some((c) => before.endsWith(c))) {
        const verb = startsWithAny(text, after, cues.leadOfVerbs);
        if (verb) {
          const rest: TextSpan = { start: after + verb.length, end: sentence.end };
          const doc = /^《([^》]{4,60})》/.exec(text.slice(rest.start, rest.end));
          const target = doc
            ? taskMention(text, { start: rest.start + 1, end: rest.start + 1 + doc[1]!.length })
            : objectsIn(rest)[0];
          if (doc && target) tasks.push(target);
          lead('LEADS', chain, target, evidence);
        }
        continue;
      }
      if (leadCue || assistCue) {
        const type = leadCue ? 'LEADS' : 'ASSISTS';
        if (inParens) {
          // "(A、B牵头)": the measure, and the projects of the clause right before the parenthesis
          lead(type, chain, task, evidence);
          const clauses = splitClauses(text, { start: sentence.start, end: first.start - 1 });
          const closing = clauses[clauses.length - 1];
          if (closing) for (const p of objectsIn(closing)) lead(type, chain, p, evidence);
          continue;
        }
        if (before.endsWith('由')) {
          // "该工作由A负责": the work described before it on this line
          const described = text.lastIndexOf('该工作', first.start);
          if (described >= line.start) {
            const colon = text.lastIndexOf(':', described);
            const work: TextSpan = { start: line.start, end: colon > line.start ? colon : described };
            const workEvidence = clip({ start: line.start, end: cueEnd }, first);
            const title = newTask(titleOf(text, work));
            lead(type, chain, title, workEvidence);
            for (const p of objectsIn(work)) lead(type, chain, p, workEvidence);
            if (title) task = title;
            continue;
          }
        }
        const atLineStart = first.start === info.bodyStart || first.start === line.start;
        const named = objectsIn({ start: cueEnd, end: sentence.end });
        if (atLineStart && !info.quarter) lead(type, chain, task, evidence);
        for (const p of named) lead(type, chain, p, evidence);
        if (!named.length && !(atLineStart && !info.quarter)) lead(type, chain, task, evidence);
        continue;
      }
      // "A等有关单位" inside a line
      const cell = startsWithAny(text, after, ASSIST_CELLS);
      if (cell && !info.progress && info.kind !== 'numbered') {
        lead('ASSISTS', chain, task, evidence);
        continue;
      }
      // "落实省商务厅建设全省六大进口基地": A builds P
      const verb = startsWithAny(text, after, ['建设', '打造', '筹建']);
      if (verb) {
        const p = objectsIn({ start: after + verb.length, end: sentence.end })[0];
        if (p && p.start === after + verb.length) lead('LEADS', chain, p, evidence);
      }
    }
  }

  if (genre === 'BULLETIN') bulletinArticles();

  /** "(A供稿)" closes an article: A leads what the article's title and body name. */
  function bulletinArticles() {
    let title: TextSpan | undefined;
    let articleStart = 0;
    for (const line of lines) {
      const lineText = text.slice(line.start, line.end);
      const contributed = /^\((.{2,60})供稿\)$/.exec(lineText);
      if (contributed) {
        const chain = chainsIn(line).flat();
        const project = title ? titleProject(title) : undefined;
        if (project) lead('LEADS', chain, project, line);
        for (const p of input.projectsIn({ start: articleStart, end: line.start }))
          lead('LEADS', chain, p, line);
        title = undefined;
        articleStart = line.end;
        continue;
      }
      if (
        !lineText.includes('。') &&
        lineText.length >= 6 &&
        lineText.length <= 40 &&
        !/^[●◆【([一二三四五六七八九十]/.test(lineText)
      ) {
        title = line;
        articleStart = line.start;
        // "市科技局积极推进…": the body named at the head of the title leads it
        const chain = chainsIn(line).find((c) => c[0]!.start === line.start);
        const project = chain ? titleProject(line) : undefined;
        if (chain && project) lead('LEADS', chain, project, line);
      }
    }
  }

  function titleProject(titleSpan: TextSpan): ProjectMention | undefined {
    let best = -1;
    let verb = '';
    for (const v of cues.titleVerbs) {
      const i = text.indexOf(v, titleSpan.start);
      if (i >= 0 && i < titleSpan.end && (best < 0 || i < best || (i === best && v.length > verb.length))) {
        best = i;
        verb = v;
      }
    }
    if (best < 0 || titleSpan.end - (best + verb.length) < 4) return undefined;
    const start = best + verb.length;
    // a second verb or an outcome starts another work or the result: "推进P打造Q", "推动P持续提质增效"
    let end = titleSpan.end;
    for (const w of [...cues.titleVerbs, ...cues.titleOutcomes]) {
      const i = text.indexOf(w, start + 4);
      if (i >= 0 && i < end) end = i;
    }
    const t = taskMention(text, { start, end });
    const named = { ...t, kind: 'PROGRAM' as const };
    tasks.push(named);
    return named;
  }

  return { roles, oversights, tasks };
}
