/**
 * Document structure: numbered items (tasks, measures, sections), the unit lists that make bodies
 * responsible for them (a closing parenthesis "(市财政局、市发展改革局牵头)", a label "牵头单位:…",
 * "由…负责"), and bulletin contributor lines "(江海区政府供稿)". Conventions a document declares
 * ("排在首位的为牵头单位", "按职责分工负责") are read here too; the role rules apply them.
 */
import cueFile from '../data/structure-cues.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';
import type { Line } from '../segment/segment.js';
import { trimSpan, type TextSpan } from '../segment/spans.js';
import type { AgencyMention } from './agencies.js';

interface StructureCues {
  leadLabels: string[];
  assistLabels: string[];
  responsibleLabels: string[];
  leadCues: string[];
  assistCues: string[];
  shareCues: string[];
  genericUnits: string[];
  contributorCues: string[];
  firstLeadsDeclarations: string[];
  tableHeaderWords: string[];
  fillers: string[];
}
const cues = checkCueFile<StructureCues>('structure-cues.json', cueFile, {
  leadLabels: 'strings',
  assistLabels: 'strings',
  responsibleLabels: 'strings',
  leadCues: 'strings',
  assistCues: 'strings',
  shareCues: 'strings',
  genericUnits: 'strings',
  contributorCues: 'strings',
  firstLeadsDeclarations: 'strings',
  tableHeaderWords: 'strings',
  fillers: 'strings',
});

export interface NumberedItem extends TextSpan {
  /** 0 一、 | 1 (一) | 2 1. 1、 | 3 (1) | 4 ① | 5 一是 (inline) | 6 unnumbered (a paragraph with units of its own). */
  level: number;
  marker: TextSpan;
  /** The item's own heading phrase (to its first full stop), or its first clause. */
  headline: TextSpan;
  /** A heading that only groups the lower-level items under it. */
  grouping: boolean;
}

export type UnitRole = 'LEAD' | 'ASSIST' | 'UNSTATED';

export interface UnitList extends TextSpan {
  units: { agency: AgencyMention; role: UnitRole }[];
  /** parenthesis: (…牵头); label: 牵头单位:…; cell: a line of units only (a flattened table cell). */
  form: 'parenthesis' | 'label' | 'cell';
}

export interface Contributor extends TextSpan {
  agencies: AgencyMention[];
}

export interface DocumentStructure {
  items: NumberedItem[];
  unitLists: UnitList[];
  contributors: Contributor[];
  /** The document declares that the first listed unit leads and the rest assist. */
  firstListedLeads: boolean;
  /** The unit columns a table header declares, in order (牵头单位 | 配合单位 → LEAD, ASSIST). */
  unitColumns: UnitRole[];
}

const MARKERS: [RegExp, number][] = [
  [/^[一二三四五六七八九十]{1,3}[、.]/u, 0],
  [/^\([一二三四五六七八九十]{1,3}\)/u, 1],
  [/^\d{1,2}(?:[.、](?!\d)|\s)/u, 2],
  [/^\(\d{1,2}\)/u, 3],
  [/^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/u, 4],
];
const INLINE = /[一二三四五六七八九十]是/gu;

export function recogniseStructure(
  text: string,
  lines: readonly Line[],
  agencies: readonly AgencyMention[],
): DocumentStructure {
  const header = tableHeader(text, lines);
  // a table whose header is one line writes each row on one line too, its cells split by tabs or |
  const rows = header.inline ? header.separator : null;
  const parentheses = parenthesisUnits(text, agencies);
  // a label inside a parenthesis list is part of that list, not another
  const labels = labelledUnits(text, lines, agencies).filter(
    (l) => !parentheses.some((p) => p.start <= l.start && l.end <= p.end),
  );
  const unitLists = [...parentheses, ...labels, ...cellUnits(text, lines, agencies, rows)].sort(
    (a, b) => a.start - b.start,
  );
  const unitCell = (cell: TextSpan): boolean =>
    agencies.some((a) => a.start === cell.start) || isUnitWord(text.slice(cell.start, cell.end));
  const numbered = numberedItems(text, lines, rows, unitCell);
  return {
    items: [
      ...numbered,
      ...unnumberedTasks(text, lines, unitLists, numbered, header.columns.length > 0),
    ].sort((a, b) => a.start - b.start || a.level - b.level),
    unitLists,
    contributors: contributorLines(text, agencies),
    firstListedLeads: cues.firstLeadsDeclarations.some((d) => new RegExp(d, 'u').test(text)),
    unitColumns: header.columns,
  };
}

function numberedItems(
  text: string,
  lines: readonly Line[],
  rows: RegExp | null,
  unitCell: (cell: TextSpan) => boolean,
): NumberedItem[] {
  const starts = itemStarts(text, lines);
  const items: NumberedItem[] = [];
  starts.forEach((s, i) => {
    const next = starts.slice(i + 1).find((n) => n.level <= s.level);
    const nextStart = starts[i + 1];
    const end = next ? trimEnd(text, next.marker.start) : lines[lines.length - 1]!.end;
    // the item's own text: after the marker, or on the next line when the marker stands alone
    const line = lines[s.line]!;
    const ownLine = s.marker.end < line.end ? line : lines[s.line + 1];
    const from = s.marker.end < line.end ? s.marker.end : (ownLine?.start ?? s.marker.end);
    const ownEnd = Math.min(ownLine?.end ?? from, nextStart ? nextStart.marker.start : Infinity);
    const ownText = text.slice(from, ownEnd).trim();
    // a heading (at most one sentence) right above a deeper item only groups the items under it
    const oneSentence = !/[。;!?]./u.test(ownText);
    const grouping =
      oneSentence && nextStart !== undefined && nextStart.level > s.level && ownText.length < 80;
    // a table row on one line: the task is its longest cell that names no unit
    const cells = rows ? tableCells(text, line, rows) : null;
    const taskCell = cells
      ?.filter((c) => c.start >= s.marker.end && !unitCell(c))
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    items.push({
      start: s.marker.start,
      end,
      level: s.level,
      marker: s.marker,
      headline: taskCell ? headline(text, taskCell.start, taskCell.end) : headline(text, from, ownEnd),
      grouping: cells ? false : grouping,
    });
  });
  return [...items, ...inlineItems(text, lines)].sort((a, b) => a.start - b.start || a.level - b.level);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  return e;
}

/** Item markers at the start of a line, or inside one after a full stop, a closing parenthesis or spaces. */
function itemStarts(
  text: string,
  lines: readonly Line[],
): { line: number; level: number; marker: TextSpan }[] {
  const starts: { line: number; level: number; marker: TextSpan }[] = [];
  for (const line of lines) {
    if (/^\d{1,3}$/u.test(text.slice(line.start, line.end))) {
      // a flattened table's row number on a line of its own: the task is the next line
      starts.push({ line: line.index, level: 2, marker: { start: line.start, end: line.end } });
      continue;
    }
    const slice = text.slice(line.start, line.end);
    const positions = [
      0,
      ...[...slice.matchAll(/(?:[。;)]\s*|\s{1,})(?=\S)/gu)].map((m) => m.index + m[0].length),
    ];
    for (const at of positions) {
      const head = slice.slice(at, at + 8);
      const found = MARKERS.find(([re]) => re.test(head));
      if (!found) continue;
      if (at > 0 && found[1] === 2 && !/^\d{1,2}[.、]/u.test(head)) continue; // inside a line only 1. / 1、
      const m = found[0].exec(head)!;
      starts.push({
        line: line.index,
        level: found[1],
        marker: { start: line.start + at, end: line.start + at + m[0].trimEnd().length },
      });
    }
  }
  return starts;
}

/**
 * Paragraphs that name their units without a number: a line closed by a unit parenthesis
 * ("…推进X建设。(市交通运输局牵头)"), or a line followed by a line of units ("责任单位:…", a cell).
 * Lines inside a numbered item belong to it, until the item closes with its units.
 */
function unnumberedTasks(
  text: string,
  lines: readonly Line[],
  lists: readonly UnitList[],
  numbered: readonly NumberedItem[],
  tabled: boolean,
): NumberedItem[] {
  // a line inside a numbered item belongs to it, unless the item already closed with its units on
  // an earlier line (a lost or garbled number starts the next task there)
  const closedBefore = (item: NumberedItem, pos: number): boolean =>
    lists.some(
      (l) =>
        l.form === 'parenthesis' &&
        l.start >= item.start &&
        l.end <= pos &&
        /\n/u.test(text.slice(l.end, pos)),
    );
  const inItem = (pos: number): boolean =>
    numbered.some(
      (i) => !i.grouping && i.level !== 5 && i.start <= pos && pos < i.end && !closedBefore(i, pos),
    );
  // a line of units: a label list, or a cell where a table header declared unit columns
  const listLine = (line: Line): boolean =>
    lists.some(
      (l) =>
        (l.form === 'label' || (l.form === 'cell' && tabled)) &&
        l.start <= line.start + 1 &&
        line.end <= l.end + 1,
    );
  const out: NumberedItem[] = [];
  lines.forEach((line, i) => {
    if (inItem(line.start) || listLine(line)) return;
    const closing = lists.some(
      (l) => l.form === 'parenthesis' && l.start > line.start && l.end <= line.end && line.end - l.end <= 2,
    );
    const next = lines[i + 1];
    const followed = next !== undefined && listLine(next);
    if (!closing && !followed) return;
    let end = line.end;
    for (let j = i + 1; j < lines.length && listLine(lines[j]!); j++) end = lines[j]!.end;
    // a number lost to a garbled copy leaves junk before the statement (?。ǘ┩)
    const junk = /^[^\p{Script=Han}0-9“"《]*/u.exec(text.slice(line.start, line.end))![0].length;
    const head = headline(text, line.start + junk, line.end);
    out.push({
      start: line.start,
      end,
      level: 6,
      marker: { start: line.start, end: line.start },
      headline: head,
      grouping: false,
    });
  });
  return out;
}

/** The heading phrase: up to the first full stop, when short enough to be one; else the first clause. */
function headline(text: string, start: number, lineEnd: number): TextSpan {
  const body = text.slice(start, lineEnd);
  const stop = body.search(/[。;!?]/u);
  // a heading phrase is a short sentence of one clause (一、建立容缺办理、并联审批机制。…)
  if (stop > 0 && stop <= 40 && !/[,:]/u.test(body.slice(0, stop))) return { start, end: start + stop };
  const comma = body.search(/[,:]/u);
  const end = comma > 0 ? Math.min(comma, 60) : Math.min(body.length, 60);
  return { start, end: start + end };
}

/** 一是…二是…: inline items of a paragraph, each to the next marker or the paragraph's end. */
function inlineItems(text: string, lines: readonly Line[]): NumberedItem[] {
  const out: NumberedItem[] = [];
  for (const line of lines) {
    const marks = [...text.slice(line.start, line.end).matchAll(INLINE)].map((m) => line.start + m.index);
    marks.forEach((at, i) => {
      const end = marks[i + 1] ?? line.end;
      out.push({
        start: at,
        end,
        level: 5,
        marker: { start: at, end: at + 2 },
        headline: headline(text, at + 2, end),
        grouping: false,
      });
    });
  }
  return out;
}

/**
 * "(市财政局、市发展改革局牵头,市税务局配合)": a parenthesis that holds only units, separators, cue
 * words and labels. Units before a lead cue lead, before an assist cue assist; units with no cue are
 * UNSTATED (the document's convention decides).
 */
function parenthesisUnits(text: string, agencies: readonly AgencyMention[]): UnitList[] {
  const out: UnitList[] = [];
  for (const m of text.matchAll(/\(([^()\n]{2,200})\)/gu)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const inside = agencies.filter((a) => a.start >= start && a.end <= end);
    if (inside.length === 0) continue;
    const units = readUnits(text, { start, end }, inside);
    if (units) out.push({ start: m.index, end: end + 1, units, form: 'parenthesis' });
  }
  return out;
}

/** A run of units with cue words, or null when the span holds anything else. */
function readUnits(text: string, span: TextSpan, inside: readonly AgencyMention[]): UnitList['units'] | null {
  const pieces: ({ agency: AgencyMention } | { word: string })[] = [];
  let at = span.start;
  for (const a of inside) {
    if (a.start > at) pieces.push({ word: text.slice(at, a.start) });
    pieces.push({ agency: a });
    at = a.end;
  }
  if (at < span.end) pieces.push({ word: text.slice(at, span.end) });
  const units: UnitList['units'] = [];
  let pending: AgencyMention[] = [];
  let labelRole: UnitRole | null = null;
  for (const p of pieces) {
    if ('agency' in p) {
      if (labelRole && labelRole !== 'UNSTATED') units.push({ agency: p.agency, role: labelRole });
      else pending.push(p.agency);
      continue;
    }
    const read = readWords(p.word);
    if (read === null) return null;
    if (read.label !== undefined) {
      flush(units, pending, 'UNSTATED');
      pending = [];
      labelRole = read.label;
    }
    if (read.cue) {
      flush(units, pending, read.cue);
      pending = [];
    }
  }
  flush(units, pending, labelRole ?? 'UNSTATED');
  return units.length ? units : null;
}

function flush(units: UnitList['units'], pending: AgencyMention[], role: UnitRole): void {
  for (const agency of pending) units.push({ agency, role });
}

const SEPARATORS = /[、,,;;和及与以及\s]/gu;
/** A policy's source document number inside its unit parenthesis: (皖发〔2022〕9号,省财政厅负责). */
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,8}[〔[(]?\d{2,4}[〕\])]?\d*号/gu;
/** A group of units that is no agency (各管委会, 区属各重点国企等). */
const GENERIC_GROUP =
  /^(?:[省市州盟县区镇乡](?:级|直|属)?|全[省市区县])?\S{0,6}?(?:各|相关|有关|其他)\S{0,10}(?:单位|部门|企业|国企|管委会|政府|街道|镇|乡镇|机构|专班)等?$/u;
const UNKNOWN_UNIT =
  /^[\u4e00-\u9fffA-Za-z]{2,14}(?:行|局|会|委|办|司|院|所|中心|厅|部|处|队|站|组|班|团|社|馆)$/u;

const GENERIC_UNITS = new Set(cues.genericUnits);
const GROUPS_WITH_SEPARATORS = cues.genericUnits.filter((w) => w.split(SEPARATORS).length > 1);

/** A word that may stand among units: a group of them (各县(市、区)政府, 有关单位). */
function isUnitWord(word: string): boolean {
  return GENERIC_UNITS.has(word) || GENERIC_GROUP.test(word);
}

/** What the words between units say: a label (牵头单位:), a cue (牵头, 配合), or nothing; null if other words. */
function readWords(words: string): { label?: UnitRole; cue?: UnitRole } | null {
  let rest = words;
  let label: UnitRole | undefined;
  let cue: UnitRole | undefined;
  const take = (list: string[], then: () => void): void => {
    for (const w of [...list].sort((a, b) => b.length - a.length)) {
      if (rest.includes(w)) {
        rest = rest.replace(w, ' ');
        then();
      }
    }
  };
  const takeLabel = (list: string[], role: UnitRole): void => {
    for (const w of [...list].sort((a, b) => b.length - a.length)) {
      const m = new RegExp(`${w}\\s*[::]`, 'u').exec(rest);
      if (m) {
        rest = rest.replace(m[0], ' ');
        label = label ?? role;
      }
    }
  };
  takeLabel(cues.leadLabels, 'LEAD');
  takeLabel(cues.assistLabels, 'ASSIST');
  takeLabel(cues.responsibleLabels, 'UNSTATED');
  take(cues.shareCues, () => (cue = 'LEAD'));
  take(cues.leadCues, () => (cue = cue ?? 'LEAD'));
  take(cues.assistCues, () => (cue = 'ASSIST'));
  // a group written with separators (各县(市、区)) is taken whole; others only as whole words, so
  // that 各县 does not cut 各县市区政府 in two
  take(GROUPS_WITH_SEPARATORS, () => undefined);
  take(cues.fillers, () => undefined);
  const leftover = rest
    .replace(DOCUMENT_NUMBER, ' ')
    .replace(/[::()]/gu, ' ')
    .split(SEPARATORS)
    .filter((w) => w.length > 0);
  // a unit the agency grammar does not know (人行郑州中心支行) may stand in the list; other words may not
  if (!leftover.every((w) => isUnitWord(w) || UNKNOWN_UNIT.test(w))) return null;
  return { ...(label ? { label } : {}), ...(cue ? { cue } : {}) };
}

/**
 * Where a labelled list ends: a full stop, a parenthesis or the next label — but not a role marker
 * after one unit ("市交通运输局(牵头)、市财政局"), which belongs to the list.
 */
const ROLE_MARKER = `(?:${[...cues.leadCues, ...cues.assistCues].join('|')})`;
const ROLE_LIST_END = new RegExp(
  `[。;;]|\\((?!${ROLE_MARKER}\\))|(?<!\\(${ROLE_MARKER})\\)|(?:牵头|责任|配合|参与|协办|主办)单位`,
  'u',
);

/** "牵头单位:市财政局" / "责任单位:…" on a line of its own or after a task. */
function labelledUnits(text: string, lines: readonly Line[], agencies: readonly AgencyMention[]): UnitList[] {
  const out: UnitList[] = [];
  const labels = [...cues.leadLabels, ...cues.assistLabels, ...cues.responsibleLabels].sort(
    (a, b) => b.length - a.length,
  );
  const re = new RegExp(`(${labels.join('|')})\\s*[::]`, 'gu');
  for (const line of lines) {
    const slice = text.slice(line.start, line.end);
    for (const m of slice.matchAll(re)) {
      const start = line.start + m.index;
      const stop = slice.slice(m.index + m[0].length).search(ROLE_LIST_END);
      const end = stop < 0 ? line.end : line.start + m.index + m[0].length + stop;
      const inside = agencies.filter((a) => a.start >= start && a.end <= end);
      if (!inside.length) continue;
      const units = readUnits(text, { start, end }, inside);
      if (units) out.push({ start, end, units, form: 'label' });
    }
  }
  return out;
}

/** A line of units only: a cell of a flattened table (市科技局 / 黄埔区、南沙区政府). */
function cellUnits(
  text: string,
  lines: readonly Line[],
  agencies: readonly AgencyMention[],
  rows: RegExp | null,
): UnitList[] {
  const out: UnitList[] = [];
  for (const line of lines) {
    // a line of a flattened table is one cell; a table row on one line has several
    for (const cell of (rows ? tableCells(text, line, rows) : null) ?? [line]) {
      const inside = agencies.filter((a) => a.start >= cell.start && a.end <= cell.end);
      if (!inside.length || inside[0]!.start !== cell.start) continue;
      const units = readUnits(text, cell, inside);
      if (units && units.every((u) => u.role === 'UNSTATED'))
        out.push({ start: cell.start, end: cell.end, units, form: 'cell' });
    }
  }
  return out;
}

const CELL_SEPARATOR = /\t|\s{2,}|[|｜]/gu;

/** The cells of a table row written on one line (separated by tabs, wide spaces or |), or null. */
export function tableCells(text: string, line: TextSpan, separator = CELL_SEPARATOR): TextSpan[] | null {
  const cells: TextSpan[] = [];
  let start = line.start;
  for (const m of text.slice(line.start, line.end).matchAll(separator)) {
    cells.push(trimSpan(text, { start, end: line.start + m.index }));
    start = line.start + m.index + m[0].length;
  }
  cells.push(trimSpan(text, { start, end: line.end }));
  const filled = cells.filter((c) => c.end > c.start);
  return filled.length >= 3 ? filled : null;
}

/** A table's header: its unit columns in order, whether rows are written on one line, and how their cells are split. */
interface TableHeader {
  columns: UnitRole[];
  inline: boolean;
  separator: RegExp;
}

/** Cells split by single spaces, for a header written "序号 重点任务 牵头单位 配合单位". */
const SPACE_SEPARATOR = /\s+|[|｜]/gu;
const HEADER_WORDS = new Set(cues.tableHeaderWords);

/**
 * A table header: two or more label cells on one line (split by tabs, wide spaces or |), or a line
 * split by single spaces whose other cells are all header words (序号 重点任务 牵头单位 配合单位) and
 * that a row like it follows; or label lines one after another (a flattened header).
 */
function tableHeader(text: string, lines: readonly Line[]): TableHeader {
  const roleOf = (label: string): UnitRole | undefined =>
    cues.leadLabels.includes(label)
      ? 'LEAD'
      : cues.assistLabels.includes(label)
        ? 'ASSIST'
        : cues.responsibleLabels.includes(label)
          ? 'UNSTATED'
          : undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end).trim();
    for (const separator of [CELL_SEPARATOR, SPACE_SEPARATOR]) {
      const cells = line.split(separator).map((c) => c.trim());
      if (cells.length < 2) continue;
      const inLine = cells.map(roleOf).filter((r): r is UnitRole => r !== undefined);
      const others = cells.filter((c) => !roleOf(c));
      // a header split by single spaces must be followed by a row like it
      const rowFollows = (): boolean => {
        const next = lines.slice(i + 1).find((l) => l.end > l.start);
        const row = next ? tableCells(text, next, separator) : null;
        return row !== null && row.length >= cells.length - 1;
      };
      const header =
        separator === SPACE_SEPARATOR
          ? inLine.length >= 1 && others.every((c) => HEADER_WORDS.has(c)) && rowFollows()
          : inLine.length >= 2;
      if (header) return { columns: inLine, inline: true, separator };
    }
    if (!roleOf(line)) continue;
    const found: UnitRole[] = [];
    for (let j = i; j < Math.min(lines.length, i + 6); j++) {
      const role = roleOf(text.slice(lines[j]!.start, lines[j]!.end).replace(/\s+/gu, ''));
      if (role) found.push(role);
    }
    return { columns: found, inline: false, separator: CELL_SEPARATOR };
  }
  return { columns: [], inline: false, separator: CELL_SEPARATOR };
}

/** "(江海区政府供稿)" closing a bulletin article. */
function contributorLines(text: string, agencies: readonly AgencyMention[]): Contributor[] {
  const out: Contributor[] = [];
  const re = new RegExp(`\\(([^()\\n]{2,80})(${cues.contributorCues.join('|')})\\)`, 'gu');
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = agencies.filter((a) => a.start > start && a.end < end);
    if (inside.length) out.push({ start, end, agencies: inside });
  }
  return out;
}
