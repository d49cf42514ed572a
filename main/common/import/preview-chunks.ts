import { makeLine, type Line } from './line';

/** A chunk of a preview is a page's worth of text: a short line is a list item, not a chunk. */
const MIN_CHUNK = 100;
/** A line the site cut ends on a word's character; one ending in a stop, a bracket or a mark was not cut. */
const CUT = /[\u4e00-\u9fffA-Za-z0-9]$/;
const MARK = /^(\d{1,2})、/;

/**
 * A document-sharing site's preview of a Word or PDF file prints the text in chunks numbered "1、" "2、" "3、" at
 * the start of a line, each cut where the site's page of text ended — mid-sentence, even mid-word ("…培养有理想、
 * 有本" / "2、领、有担当的时代新人…"). A document's own "1、" items are whole: none runs a page's length and stops
 * inside a word. So lines numbered 1、2、3、… in order, each but the last long and ending with no stop, are one
 * text cut into pieces: their numbers are dropped and the pieces joined back into one line (split again later
 * where the document's own numbers stand). Returns the lines and how many pieces were joined on.
 */
export function joinPreviewChunks(lines: readonly Line[]): { lines: Line[]; joins: number } {
  const out: Line[] = [];
  let joins = 0;
  for (let i = 0; i < lines.length; i++) {
    const run = chunkRun(lines, i);
    if (run < 2) {
      out.push(lines[i]!);
      continue;
    }
    const text = lines.slice(i, i + run).map((l) => l.text.trim().replace(MARK, '')).join('');
    out.push(makeLine(text));
    joins += run - 1;
    i += run - 1;
  }
  return { lines: out, joins };
}

/** How many lines from `i` are preview chunks 1、2、…: 0 or 1 when there is no run. */
function chunkRun(lines: readonly Line[], i: number): number {
  if (MARK.exec(lines[i]!.m.trim())?.[1] !== '1') return 0;
  let n = 1;
  while (i + n < lines.length && MARK.exec(lines[i + n]!.m.trim())?.[1] === String(n + 1)) {
    const prev = lines[i + n - 1]!.m.trim();
    if (prev.length < MIN_CHUNK || !CUT.test(prev)) break;
    n++;
  }
  return n;
}
