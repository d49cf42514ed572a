import { fold } from './line';
import { looksLikeUnit, splitUnits } from './unit-names';

/**
 * "一、扩大有效投资政策(由县发改局牵头实施)", "一、强化科技创新(区科技局牵头)": the unit named after a heading
 * leads the whole part — the section's assignee, not a unit of each measure under it.
 */
export function headingAssignee(title: string, titleM: string): { title: string; titleM: string; assignee: string | null } {
  // "一、县示范区管委会牵头工作(8项)": a task list grouped by its lead unit; the title stays as written.
  const part = /^(由)?([^()]{2,30}?)(牵头|负责)的?(工作|事项|任务)(\(\d+项\))?$/.exec(titleM);
  if (part) {
    const from = part[1]?.length ?? 0;
    const units = splitUnits(title.slice(from, from + part[2]!.length), part[2]!).units;
    if (units.length > 0 && units.every((u) => looksLikeUnit(fold(u)))) return { title, titleM, assignee: units[0]! };
  }
  const g = /\((由)?([^()]{2,40}?)(牵头|负责)(实施|落实|推进)?\)$/.exec(titleM);
  if (!g || g.index < 2) return { title, titleM, assignee: null };
  const from = g.index + 1 + (g[1]?.length ?? 0);
  const units = splitUnits(title.slice(from, from + g[2]!.length), g[2]!).units;
  if (units.length === 0 || !units.every((u) => looksLikeUnit(fold(u)))) return { title, titleM, assignee: null };
  return { title: title.slice(0, g.index).trim(), titleM: titleM.slice(0, g.index).trim(), assignee: units[0]! };
}
