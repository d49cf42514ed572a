import { classifyLine } from './classify-line';
import type { Line } from './line';
import { sectionKind } from './section-kind';

/**
 * "（一）坚持守正创新，高效率引领文旅产业融合。" on its own line, then a paragraph ("一是…。二是…。"): a
 * department's or township's work plan with no 一、 parts is written as （一）（二） task headings, each over
 * the paragraph that carries it out. Read as headings they would be groups with no item (no measure at all);
 * each heading is joined with its first paragraph, so it reads as the run-in task it is. Only where the
 * plan has no 一、/第…章 heading, every （n） line is a short sentence closed by 。, no numbered item follows
 * one, and none titles a part of another kind (指导思想, 工作目标 …).
 */
export function runInHeadedTasks(lines: readonly Line[]): Line[] {
  const kinds = lines.map((l) => classifyLine(l));
  if (kinds.some((c) => c.kind === 'h1' || c.kind === 'chapter' || c.kind === 'article')) return [...lines];
  const heads = kinds.flatMap((c, i) => (c.kind === 'h2' ? [i] : []));
  if (heads.length < 2) return [...lines];
  const taskHead = (i: number) => {
    const title = lines[i]!.m.slice(kinds[i]!.start).trim();
    const next = kinds[i + 1];
    return title.length >= 4 && title.length <= 40 && /。$/.test(title) && !/。./.test(title)
      && sectionKind(title.replace(/。$/, '')) === 'other' && next?.kind === 'text' && lines[i + 1]!.m.trim().length > 0;
  };
  // Numbered items under a heading make it a group: leave the whole layout to the body builder.
  if (!heads.every(taskHead) || kinds.slice(heads[0]).some((c) => c.kind === 'n3' || c.kind === 'n4')) return [...lines];
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (heads.includes(i)) {
      const next = lines[++i]!;
      out.push({ text: line.text.trimEnd() + next.text.trimStart(), m: line.m.trimEnd() + next.m.trimStart() });
    } else out.push(line);
  }
  return out;
}
