import { wrapWidth } from './join-broken-lines';
import { pageColumns } from './join-wrapped-cells';
import { makeLine } from './line';
import type { NormalizedLine } from './normalize-text';
import { isPageFurniture } from './web-chrome';

/**
 * Where a paragraph ended in a page run together: a space after a sentence's end ("…推广生态养殖技术。 加强…"), a
 * space before a number that opens one ("…工作重点 （一）开展…", "… 2.加强…"), or a part's or an item's number right
 * after a full stop ("…制定本方案。一、指导思想"). Not counted: spaces in a label ("索 引 号:") or between a heading
 * and its text, nor "（2）" after a stop or a semicolon, as a paragraph lists its own points.
 */
const SPACED_BREAK = /[。；;！!？?][ \u3000]+\S|[ \u3000]+(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))|。(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))/g;
/** Breaks enough to tell paragraphs run together from one paragraph that holds a spaced sentence. */
const MIN_BREAKS = 3;

/** Lines that a copy broke at its width, joined; a space kept where the break fell on one. */
function joinRun(run: readonly NormalizedLine[]): string {
  let text = run[0]!.text;
  for (let k = 1; k < run.length; k++) text += (run[k - 1]!.spacedEnd || run[k]!.spacedStart ? ' ' : '') + run[k]!.text;
  return text;
}

export interface RejoinedLine {
  text: string;
  /** Joined back from a run of the copy's lines broken at this width (`Line.rewrapped`). */
  rewrapped?: number;
  /** How many of the copy's breaks were joined into it. */
  joins?: number;
}

interface Run {
  lines: NormalizedLine[];
  /** Page numbers and running heads met between its lines. */
  furniture: string[];
}

/** The copy's lines cut into runs: lines at the width and the line that ends them. */
function runsOf(lines: readonly NormalizedLine[], full: (l: NormalizedLine) => boolean): Run[] {
  const runs: Run[] = [];
  let run: Run = { lines: [], furniture: [] };
  for (const l of lines) {
    // A page number or a running head between two lines of the run: out of its way.
    if (run.lines.length && !full(l) && isPageFurniture(l.text)) run.furniture.push(l.text);
    else {
      run.lines.push(l);
      if (!full(l)) [runs[runs.length], run] = [run, { lines: [], furniture: [] }];
    }
  }
  if (run.lines.length) runs.push(run);
  return runs;
}

/** Ends of paragraphs inside a run's lines: where the copy broke a line, the paragraph's end is what is in doubt. */
function breaksIn(run: Run): number {
  return run.lines.reduce((n, l) => n + (l.text.match(SPACED_BREAK) ?? []).length, 0);
}

/**
 * A page whose paragraphs were run together on one line, set apart by spaces (a crawl that collapsed the
 * page's whitespace), then broken again at a fixed width (printed to PDF and copied, or saved with hard
 * wraps): the copy's lines at that width run on through many paragraphs, and its breaks fall on the spaces
 * between them as often as anywhere. A run of lines holding such paragraphs proves the copy; then every
 * run of it is joined back into the line it was, spaces kept, so it is split as any run-together line is
 * (the crawl's metadata lines too). Page numbers and running heads between its pages are set after it, to
 * be dropped as chrome. Other copies come back as they are (`joinBrokenLines` reads them).
 */
export function rejoinRewrapped(lines: readonly NormalizedLine[]): RejoinedLine[] {
  const plain = (t: string): RejoinedLine => ({ text: t });
  const width = lines.length >= 8 ? wrapWidth(lines.map((l) => makeLine(l.text))) : null;
  if (width === null) return lines.map((l) => plain(l.text));
  // At the width, less a few columns a 禁则 move sent down, plus a closing mark hung past the edge; a line
  // wider than that was never broken by the page.
  // A table row or a file's name ("某实施方案(2021—2023年).doc" over the text) ends its line at any width.
  const atWidth = (l: NormalizedLine) => Math.abs(pageColumns(l.text) - width + 1) <= 2 && !/\|\s*$|\.(docx?|wps|pdf|xlsx?)$/i.test(l.text);
  const runs = runsOf(lines, atWidth);
  if (!runs.some((r) => r.lines.length > 1 && breaksIn(r) >= MIN_BREAKS)) return lines.map((l) => plain(l.text));
  return runs.flatMap((r) => [
    r.lines.length > 1 ? { text: joinRun(r.lines), rewrapped: width, joins: r.lines.length - 1 } : plain(r.lines[0]!.text),
    ...r.furniture.map(plain),
  ]);
}
