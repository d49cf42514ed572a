import type { SectionKind } from '../model/section';
import { sectionKind } from './section-kind';

/** Kinds whose run-in item frames the plan (its approach, principles, requirements) rather than assigning work. */
const FRAME: ReadonlySet<SectionKind> = new Set<SectionKind>(['ideology', 'principles', 'requirements']);

/**
 * The frame kind a run-in item names when no part heading stands above it. A plan written with (一)(二) and
 * no 一、 ("(一)工作思路。以…为指导…" / "(二)主要目标。…") opens with its frame as numbered items; they read
 * as the 总体要求 part would, not as measures. Null for anything else (a task's own title).
 */
export function runInTitleKind(text: string): SectionKind | null {
  const m = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?\s*([^。.:：,，;；]{2,8})[。.:：]/.exec(text);
  if (!m) return null;
  const kind = sectionKind(m[1]!);
  return FRAME.has(kind) ? kind : null;
}
