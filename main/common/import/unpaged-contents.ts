import { classifyLine } from './classify-line';
import type { Line } from './line';

/** The least run of headings taken for a contents list: a few lines of a plan's first part are no list. */
const MIN_ENTRIES = 4;
/** How far below the run its first heading must come again: the title and an opening paragraph or two. */
const REACH = 8;

/** A bare heading: numbered, short, no sentence after its number. */
function bareHeading(line: Line): boolean {
  const c = classifyLine(line);
  if (c.kind !== 'h1' && c.kind !== 'h2' && c.kind !== 'n3' && c.kind !== 'n4') return false;
  const rest = line.m.slice(c.start).trim();
  return rest.length > 0 && rest.length <= 30 && !/[。；;:，,]/.test(rest);
}

/**
 * A table of contents copied without its leaders and page numbers (a sharing site's copy of a 工作要点 that
 * lists its parts and groups first: "一、加强党的建设" / "(一)全面加强党的领导" / "1.强化党的政治建设" / …), then
 * the title, the opening and the text, whose headings are the same lines again. A document states each
 * heading once, over its text; a run of bare headings at the text's start whose first two come again, in
 * order, right below it is the contents list — layout, as a page number is — not the document's parts.
 * Returns the lines without the list and how many were dropped (0: none found).
 */
export function dropUnpagedContents(lines: readonly Line[]): { lines: Line[]; dropped: number } {
  let k = 0;
  while (k < lines.length && bareHeading(lines[k]!)) k++;
  if (k < MIN_ENTRIES || k + 1 >= lines.length || bareHeading(lines[k]!)) return { lines: [...lines], dropped: 0 };
  const end = Math.min(lines.length - 1, k + REACH);
  for (let j = k + 1; j < end; j++) {
    if (lines[j]!.m.trim() === lines[0]!.m.trim() && lines[j + 1]!.m.startsWith(lines[1]!.m.trim())) {
      return { lines: lines.slice(k), dropped: k };
    }
  }
  return { lines: [...lines], dropped: 0 };
}
