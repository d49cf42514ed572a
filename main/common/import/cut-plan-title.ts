import { fold } from './line';

/**
 * "黔江区2025年重点民生实事工作目标任" as the copy's last line, under a notice that hands over
 * "《黔江区2025年重点民生实事工作目标任务》《…实施方案》": a page cut off inside the plan's heading. The heading
 * a notice prints over its attachment is the name the notice gives it, so a heading that is the start of a
 * name handed over (and runs to the copy's end) is that name, cut. Returns the whole name, or null.
 */
export function cutPlanTitle(title: string, body: readonly string[]): string | null {
  const t = fold(title).replace(/\s/g, '');
  if (t.length < 6) return null;
  for (const line of body) {
    for (const q of fold(line).matchAll(/《([^《》]{6,80})》/g)) {
      const name = q[1]!.replace(/\s/g, '');
      if (name.length > t.length && name.startsWith(t)) return name.replace(/〈/g, '《').replace(/〉/g, '》');
    }
  }
  return null;
}
