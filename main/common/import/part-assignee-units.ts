import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';

/**
 * A part whose heading names its lead unit ("一、县示范区管委会牵头工作", "一、扩大有效投资政策（由县发改局
 * 牵头实施）") makes that unit responsible for every measure under it that names none of its own. The
 * measure then carries it, so its row in the 任务分解表 is not empty; the report says it was inferred.
 */
export function partAssigneeUnits(sections: Section[], guesses: HeadGuess[]): void {
  const walk = (s: Section, inherited: string | null) => {
    const assignee = s.assignee ?? inherited;
    if (assignee) {
      const filled = fill(s.body, assignee);
      if (filled > 0) guesses.push({ what: `“${s.title}”下 ${filled} 条措施没有写责任单位，按本部分标题中的“${assignee}”填入`, confidence: 0.7 });
    }
    for (const sub of s.sections) walk(sub, assignee);
  };
  for (const s of sections) walk(s, null);
}

function fill(body: Body, unit: string): number {
  let n = 0;
  for (const b of body) {
    if (b.type !== 'item' || b.role !== 'measure' || b.leadUnits.length + b.supportUnits.length > 0) continue;
    b.leadUnits = [unit];
    n++;
  }
  return n;
}
