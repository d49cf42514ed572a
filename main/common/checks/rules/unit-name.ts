import { Traditional } from '../../import/traditional';

/** Folded names, so a plan with a few hundred unit mentions folds each distinct name once. */
const folded = new Map<string, string>();
const MAX_CACHED = 4096;

/**
 * A unit name as the unit rules compare it: traditional characters folded to simplified, character by
 * character (the table the traditional-chars rule uses), so 縣市場監督管理局 is the directory's
 * 县市场监督管理局 and 縣質監局 an old name like 县质监局. The name in the plan is not changed here: the
 * traditional-chars rule names it, with its own fix.
 */
export function unitKey(name: string): string {
  let hit = folded.get(name);
  if (hit === undefined) {
    hit = Traditional.fold(name);
    if (folded.size >= MAX_CACHED) folded.clear();
    folded.set(name, hit);
  }
  return hit;
}
