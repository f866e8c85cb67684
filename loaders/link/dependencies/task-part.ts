import { mentionTarget, taskAt, taskTarget } from '../context.js';
import type { Task } from '../../recognise/tasks.js';
import type { DependencyFact } from '../facts.js';
import type { DependencyRule } from './dependency-rule.js';

/** 推动珠海市政务服务大厅数字化转型升级 inside measure 二 → PART_OF the measure; a sub-item → PART_OF its task. */
/**
 * Where a task's own statement ends: the end of its heading's line when the statement goes on there,
 * else of the paragraph after a heading line; progress notes and quarterly plans below are not it.
 */
function ownTextEnd(ctx: Parameters<DependencyRule['apply']>[0], task: Task): number {
  const lines = ctx.segments.lines;
  const i = lines.findIndex((l) => l.start <= task.nameSpan.start && task.nameSpan.start <= l.end);
  const line = lines[i];
  if (!line) return task.end;
  const rest = ctx.text.slice(task.nameSpan.end, line.end).replace(/^[。;,:\s]+/u, '');
  const end = rest.length > 0 ? line.end : (lines[i + 1]?.end ?? line.end);
  return Math.min(end, task.end);
}

export const taskPart: DependencyRule = {
  id: 'dependency/task-part',
  purpose: 'A project named inside a numbered task or measure, and a numbered sub-item, is PART_OF it.',
  example: { doc: '003_205db0b0f84c3f3e.txt', text: '推动珠海市政务服务大厅数字化转型升级' },
  apply: (ctx) => {
    const out: DependencyFact[] = [];
    for (const p of ctx.projects) {
      if (p.use === 'named') continue;
      const task = taskAt(ctx, p.start);
      if (!task || (p.start >= task.nameSpan.start && p.end <= task.nameSpan.end)) continue;
      if (p.end > ownTextEnd(ctx, task)) continue;
      out.push({
        from: mentionTarget(p),
        to: taskTarget(task),
        kind: 'PART_OF',
        evidence: ctx.segments.clauses[p.clause]!,
        rule: taskPart.id,
      });
    }
    for (const t of ctx.tasks)
      if (t.parent)
        out.push({
          from: taskTarget(t),
          to: taskTarget(t.parent),
          kind: 'PART_OF',
          evidence: t.nameSpan,
          rule: taskPart.id,
        });
    return out;
  },
};
