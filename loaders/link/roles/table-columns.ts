import { taskAt, taskTarget, refOf } from '../context.js';
import type { RoleFact } from '../facts.js';
import type { RoleRule } from './role-rule.js';
import { resolveUnstated } from './unit-list.js';

/** 序号 | 重点工作 | 分管领导 | 牵头单位 | 配合单位, flattened: the unit cells of a row hold the column's role. */
export const tableColumns: RoleRule = {
  id: 'role/table-columns',
  purpose:
    'In a flattened table, the unit cells of a task row hold the roles of the columns its header declares.',
  example: {
    doc: 'gd-guangzhou-tasks-01.txt',
    text: '加快建设大湾区国家技术创新中心。\n王 东\n市科技局\n黄埔区、南沙区政府',
  },
  apply: ({ ctx }) => {
    const columns = ctx.structure.unitColumns.length ? ctx.structure.unitColumns : (['UNSTATED'] as const);
    const cellsOfTask = new Map<number, number>();
    return ctx.structure.unitLists
      .filter((l) => l.form === 'cell')
      .flatMap((list): RoleFact[] => {
        const task = taskAt(ctx, list.start);
        if (!task || list.start < task.nameSpan.end) return [];
        const column = cellsOfTask.get(task.start) ?? 0;
        cellsOfTask.set(task.start, column + 1);
        const role = columns[column];
        if (!role) return [];
        const roles =
          role === 'UNSTATED'
            ? resolveUnstated(
                ctx,
                list.units.map(() => 'UNSTATED'),
              )
            : list.units.map(() => role);
        return list.units.flatMap((u, i): RoleFact[] => {
          const ref = refOf(ctx, u.agency);
          return ref
            ? [
                {
                  type: roles[i] === 'ASSIST' ? 'ASSISTS' : 'LEADS',
                  agency: ref.agency,
                  surface: ref.mention.surface,
                  target: taskTarget(task),
                  evidence: list,
                  rule: tableColumns.id,
                },
              ]
            : [];
        });
      });
  },
};
