import type { ExportLayout } from '../../api/export-contract';
import type { BuildContext, Flow } from '../build-context';
import { TEXT_WIDTH_PT } from '../flow-paragraph';
import { flowBox } from './flow-box';
import { paginate, type Box, type SectionLayout } from './page-layout';
import { textHeight } from './page-height';

/** A docx section of the export: its orientation, what flows in it, and how its pages are numbered. */
export interface Segment {
  orientation: 'portrait' | 'landscape';
  flows: Flow[];
  /** 'numbered' ("— N —" odd/even) or 'none' (the blank page and 版记 page of GB/T 9704 7.5). */
  footers: 'numbered' | 'none';
  /** How the section starts after the previous one: a new page, or the next even page (duplex 版记). */
  start: 'new-page' | 'even-page';
  /**
   * The 版记: absolutely positioned frames appended after the flows, pinned to the page bottom. They take
   * `height` twips above `limit` (both from the 版心 top) on the page the flow has reached.
   */
  imprint?: { frames: Flow[]; height: number; limit: number };
}

/** What the exporter knows about the pages it wrote (the HTTP contract is its schema). */
export type { ExportLayout } from '../../api/export-contract';

// Flows are immutable once built, and an export lays its segments out several times (to place the 版记,
// then to report the pages): measure each flow once.
const measured = new WeakMap<Flow, Box>();
function measure(flow: Flow, ctx: BuildContext, width: number): Box {
  let box = measured.get(flow);
  if (!box) measured.set(flow, (box = flowBox(flow, ctx, width)));
  return box;
}

/** How a segment's flows fall on pages. */
export function segmentLayout(seg: Pick<Segment, 'orientation' | 'flows' | 'imprint'>, ctx: BuildContext): SectionLayout {
  const width = seg.orientation === 'landscape' ? ctx.style.page.landscapeTextWidth / 20 : TEXT_WIDTH_PT;
  const boxes: Box[] = seg.flows.map((f) => measure(f, ctx, width));
  if (seg.imprint) boxes.push({ kind: 'bottom', height: seg.imprint.height, limit: seg.imprint.limit });
  return paginate(boxes, textHeight(ctx, seg.orientation));
}

/** Page numbers of the whole document, segment by segment (each segment starts on a new page). */
export function documentLayout(segments: readonly Segment[], ctx: BuildContext, duplex: boolean): ExportLayout {
  let next = 1;
  const segmentStarts: number[] = [];
  const unnumbered: number[] = [];
  let imprintPage: number | null = null;
  for (const seg of segments) {
    if (seg.start === 'even-page' && next % 2 === 1) next++;
    segmentStarts.push(next);
    const pages = segmentLayout(seg, ctx).pages;
    if (seg.footers === 'none') for (let p = next; p < next + pages; p++) unnumbered.push(p);
    if (seg.imprint) imprintPage = next + pages - 1;
    next += pages;
  }
  return { pages: next - 1, segmentStarts, imprintPage, unnumberedPages: unnumbered, duplex };
}
