/**
 * What a line (paragraph) is in the document's structure. Web copies of task tables arrive with
 * their cells flattened into lines: a row is "51推进…建设。杨川" (row number glued to the task text,
 * then the responsible leader and lead units), the next line may start with the assisting-unit cell
 * ("市生态环境局等有关单位") glued to the first plan, and quarterly plans follow ("第一季度:…").
 *
 *   section  "一、强化特区使命担当,…"  (a heading without a full stop: groups tasks)
 *   measure  "一、建立容缺办理、并联审批机制。…"  (a policy measure or a numbered sub-item)
 *   row      "51推进海洋重工…"  (a task-table row, number glued)
 *   numbered "1.强化政策支持。…"  (progress when it reports what was done: "1.已起草…")
 *   quarter  "第一季度:…"
 *   task     an unnumbered line of a task table that states a task
 *   plain    anything else
 */
import cues from '../data/role-cues.json' with { type: 'json' };
import type { Genre } from '../../src/model/graph-json.js';
import type { AgencyMention } from '../recognise/agencies.js';
import type { TextSpan } from './spans.js';

export type LineKind = 'section' | 'measure' | 'row' | 'numbered' | 'quarter' | 'task' | 'plain';

export interface LineInfo {
  kind: LineKind;
  /** Where the line's own text starts (after an assisting-unit cell, a number, a heading marker). */
  bodyStart: number;
  /** An assisting-unit cell glued to the line start. */
  assistCell?: { chain: AgencyMention[]; end: number };
  /** The line is (or starts with) a quarterly plan. */
  quarter: boolean;
  /** A numbered line that reports progress rather than stating a task. */
  progress: boolean;
}

const ASSIST_CELLS = [...cues.assistCells].sort((a, b) => b.length - a.length);
const QUARTER =
  /^[\u4e00-\u9fff]{0,5}?(第[一二三四、]+季度|[一二三四1-4][、和,]?[一二三四1-4]?季度|全年计划|第[一二三四]、[二三四]季度)/;
const MEASURE = /^(\(?[一二三四五六七八九十]{1,3}[、)])/;
const ROW =
  /^([\u4e00-\u9fff“”]{0,20}?)(\d{1,3})(?![\d.年月日号个万亿元%季度项家人次宗批座米吨期kKmMwW时天周届\-—至/])(?=[\u4e00-\u9fff])/;
const NUMBERED = /^(\d{1,2})[.、．]/;
const PROGRESS = /^(已|\d|截至|目前|经|于|今年|年后|同时|按照|根据|组织|召开|印发|完成|开展)/;
const CONNECTOR = /^[、和及与]$/;

/** Agency mentions chained from `pos` on ("市交通运输局、市财政局…"). */
function chainAt(text: string, pos: number, agencies: AgencyMention[]): AgencyMention[] {
  const out: AgencyMention[] = [];
  let at = pos;
  for (const a of agencies) {
    if (a.start < at) continue;
    if (a.start === at || (out.length && CONNECTOR.test(text.slice(at, a.start)))) {
      out.push(a);
      at = a.end;
    } else if (a.start > at) break;
  }
  return out;
}

export function classifyLine(
  text: string,
  line: TextSpan,
  genre: Genre,
  agencies: AgencyMention[],
): LineInfo {
  let pos = line.start;
  let assistCell: LineInfo['assistCell'];
  const chain = chainAt(text, pos, agencies);
  if (chain.length) {
    const after = chain[chain.length - 1]!.end;
    const cell = ASSIST_CELLS.find((c) => text.startsWith(c, after));
    const bareEtc =
      text[after] === '等' && /^等(第|[一二三四五六七八九十]、|\d|头部)/.test(text.slice(after, after + 4));
    if (cell || bareEtc) {
      const end = after + (cell ? cell.length : 1);
      assistCell = { chain, end };
      pos = end;
    }
  }
  const rest = text.slice(pos, Math.min(line.end, pos + 80));
  const info = (kind: LineKind, bodyStart = pos, extra: Partial<LineInfo> = {}): LineInfo => ({
    kind,
    bodyStart,
    quarter: false,
    progress: false,
    ...(assistCell ? { assistCell } : {}),
    ...extra,
  });
  if (QUARTER.test(rest)) return info('quarter', pos, { quarter: true });
  const measure = MEASURE.exec(rest);
  if (measure) {
    const lineText = text.slice(pos, line.end);
    const isSection = !lineText.includes('。') && !/(牵头|负责)\)/.test(lineText) && lineText.length < 60;
    return info(isSection ? 'section' : 'measure', pos + measure[0].length);
  }
  const numbered = NUMBERED.exec(rest);
  if (numbered) {
    const bodyStart = pos + numbered[0].length;
    return info('numbered', bodyStart, { progress: PROGRESS.test(text.slice(bodyStart, bodyStart + 6)) });
  }
  if (genre === 'TASK_TABLE') {
    const row = ROW.exec(rest);
    if (row) return info('row', pos + row[0].length);
    const startsWithAgency = chainAt(text, pos, agencies).length > 0;
    if (!startsWithAgency && !assistCell && !text.slice(pos, line.end).includes('该工作由'))
      return info('task');
  }
  return info('plain');
}
