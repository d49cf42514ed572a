import type { BuildContext, Flow } from '../build-context';
import { keepLastWithNext } from '../elements/closing-block';
import { segmentLayout, type Segment } from './document-layout';
import { StyleIds } from '../docx-styles';
import { flowParagraph } from '../flow-paragraph';
import type { ImprintBlock } from '../elements/imprint-block';

/**
 * Where the 版记 goes:
 * - 'same-page': at the bottom of the page the text ends on;
 * - 'next-page': alone on the next page (the next even page when printed on both sides);
 * - 'after-blank-page': a blank page, then the 版记 page — neither numbered [Std 7.5].
 */
export type ImprintPlacement = 'same-page' | 'next-page' | 'after-blank-page';

export interface TextEnd {
  /** Page (1-based, whole document) the text ends on. */
  page: number;
  /** The 版记 fits below the text on that page. */
  fits: boolean;
  /** The text ends on a landscape page: the 版记 needs a portrait page of its own. */
  landscape: boolean;
}

/**
 * GB/T 9704 7.4.1: the 版记 is at the bottom of the last face, its last rule on the 版心 bottom. Printed
 * on both sides (6.2), the last face is the back of the last sheet, an even page (expert reading,
 * docs/gbt9704.md#版记): text ending on an odd page puts the 版记 alone on the next
 * page; text ending on an even page without room for it leaves a blank page before the 版记 page, and
 * 7.5 then numbers neither. Printed on one side, a 版记 without room pulls the last paragraph with it.
 */
export function imprintPlacement(end: TextEnd, duplex: boolean): ImprintPlacement {
  if (!duplex) return end.landscape ? 'next-page' : 'same-page';
  if (end.page % 2 === 1) return 'next-page';
  return end.fits && !end.landscape ? 'same-page' : 'after-blank-page';
}

/** The page the segments end on, and whether the 版记 fits below the last segment's text. */
export function textEnd(segments: readonly Segment[], imprint: ImprintBlock, ctx: BuildContext, startPage: (i: number) => number): TextEnd {
  const i = segments.length - 1;
  const last = segments[i]!;
  const without = segmentLayout(last, ctx);
  const page = startPage(i) + without.pages - 1;
  if (last.orientation === 'landscape') return { page, fits: false, landscape: true };
  const withImprint = segmentLayout({ ...last, imprint }, ctx);
  return { page, fits: withImprint.pages === without.pages, landscape: false };
}

/** A tiny paragraph (or a page break) that carries no text. */
function emptyParagraph(ctx: BuildContext, pageBreakBefore: boolean): Flow {
  return flowParagraph(ctx, { style: StyleIds.spacer, line: 20, pageBreakBefore, runs: [{ text: '', face: 'fangsong', size: 2 }] });
}

/** Apply a placement: attach the 版记 to the last segment or add the segment that carries it. */
export function placeImprint(segments: Segment[], imprint: ImprintBlock, placement: ImprintPlacement, ctx: BuildContext, duplex: boolean): void {
  const last = segments[segments.length - 1]!;
  if (placement === 'same-page') {
    last.flows = keepLastWithNext(last.flows, ctx);
    last.imprint = imprint;
  } else if (placement === 'next-page') {
    // 'even-page' is a safety net: if a renderer lays the text out a page longer or shorter than
    // estimated, it inserts the blank page itself rather than print the 版记 on an odd page.
    segments.push({ orientation: 'portrait', flows: [], footers: 'numbered', start: duplex ? 'even-page' : 'new-page', imprint });
  } else {
    segments.push({ orientation: 'portrait', flows: [emptyParagraph(ctx, false), emptyParagraph(ctx, true)], footers: 'none', start: 'new-page', imprint });
  }
}
