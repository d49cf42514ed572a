import { Document, DocumentGridType, PageOrientation, SectionType, type ISectionOptions } from 'docx';
import type { Attachment } from '../model/attachment';
import { Numbering } from '../model/numbering';
import type { Plan } from '../model/plan';
import { attachmentBody, attachmentHead, attachmentLabel } from './elements/attachment-pages';
import { bodyFlows } from './elements/block-registry';
import type { BuildContext, Flow } from './build-context';
import { keepLastWithNext, signatureBlock, withAttachmentNote } from './elements/closing-block';
import { documentLayout, type ExportLayout, type Segment } from './layout/document-layout';
import { docxStyles } from './docx-styles';
import { ExportOptionsSchema, type ExportOptionsInput } from './export-options';
import { GBT9704_STYLE, type Gbt9704Style } from './gbt9704-style';
import { imprintBlock } from './elements/imprint-block';
import { imprintPlacement, placeImprint, textEnd } from './layout/imprint-placement';
import { noticeFlows } from './elements/notice-block';
import { emptyFooter, landscapeFooter, pageFooter } from './elements/page-footer';
import { redHead } from './elements/red-head';
import { sectionFlows } from './elements/section-heading';
import { taskTableTitle } from './task-table/task-table-rows';
import { headBlock } from './elements/title-block';
import { PlanReview } from '../review/plan-review';
import { ReviewMarks } from './review-runs';
import { shellChildren, type ShellBody } from './xml/body-shell';
import { headingNamedItems } from './elements/heading-named-items';

/** docProps author fields: the app, not docx's "Un-named". */
export const APP_NAME = '计划编制助手';

/** Attachments to print: the plan's, minus or plus the 任务分解表 as the options say. */
export function exportedAttachments(plan: Plan, taskTable: boolean | undefined): Attachment[] {
  const list = plan.attachments.filter((a) => a.kind !== 'task-table' || taskTable !== false);
  if (taskTable === true && !list.some((a) => a.kind === 'task-table')) {
    list.push({ id: 'task-table', kind: 'task-table', title: taskTableTitle(plan) });
  }
  return list;
}

function mainFlows(plan: Plan, ctx: BuildContext, titles: string[]): Flow[] {
  const meta = plan.meta;
  const head = ctx.options.redHead ? redHead(meta, ctx) : [];
  const planBody = withAttachmentNote([
    ...bodyFlows(plan.preamble, ctx),
    ...sectionFlows(plan.sections, ctx),
    ...bodyFlows(plan.closing, ctx),
  ], titles, ctx);
  const useNotice = plan.notice !== null && ctx.options.notice !== false;
  if (useNotice && plan.notice) {
    // 印发通知: the notice is the document (主送, 落款, 附注); the plan follows on a new page.
    return [...head, ...noticeFlows(plan, ctx), ...headBlock(meta.title, ctx, [], meta.preparedBy, true), ...planBody];
  }
  const signature = signatureBlock(meta, ctx);
  const body = [...head, ...headBlock(meta.title, ctx, meta.mainRecipients, meta.preparedBy), ...planBody];
  return [...(signature.length ? keepLastWithNext(body, ctx) : body), ...signature];
}

function footers(seg: Segment, ctx: BuildContext, start: number): ISectionOptions['footers'] {
  const s = ctx.style;
  // An unnumbered section still needs its own (empty) footers: without them it inherits the previous ones.
  if (seg.footers === 'none') return { default: emptyFooter(), even: emptyFooter() };
  return seg.orientation === 'landscape'
    ? { default: landscapeFooter(s, 'odd', start), even: landscapeFooter(s, 'even', start) }
    : { default: pageFooter(s, 'odd', start), even: pageFooter(s, 'even', start) };
}

function sectionOptions(seg: Segment, ctx: BuildContext, first: boolean, start: number, children: ISectionOptions['children']): ISectionOptions {
  const s = ctx.style;
  const g = ctx.geometry;
  const landscape = seg.orientation === 'landscape';
  const margin = landscape
    // The 版心 stays where it is on the sheet when the page is turned (docs/gbt9704.md#tables-and-landscape-pages).
    ? s.page.landscapeMargins
    : { top: g.top, bottom: g.bottom, left: s.page.left, right: s.page.right };
  return {
    properties: {
      ...(first ? {} : { type: seg.start === 'even-page' ? SectionType.EVEN_PAGE : SectionType.NEXT_PAGE }),
      page: {
        size: { width: s.page.width, height: s.page.height, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: { ...margin, header: s.header.distance, footer: landscape ? s.footer.landscapeDistance : s.footer.distance, gutter: 0 },
      },
      // Lines-only grid (22 per page in Word's 页面设置); no character grid, LO mis-renders negative charSpace.
      ...(landscape ? {} : { grid: { type: DocumentGridType.LINES, linePitch: g.line } }),
    },
    footers: footers(seg, ctx, start),
    children,
  };
}

/** The export's sections: the main document, each attachment, and wherever the 版记 goes. */
export function composeSegments(plan: Plan, ctx: BuildContext): Segment[] {
  const attachments = exportedAttachments(plan, ctx.options.taskTable);
  const titles = attachments.map((a) => a.title);
  const segments: Segment[] = [{ orientation: 'portrait', flows: mainFlows(plan, ctx, titles), footers: 'numbered', start: 'new-page' }];
  attachments.forEach((a, i) => {
    const landscape = a.kind === 'task-table';
    segments.push({
      orientation: landscape ? 'landscape' : 'portrait',
      flows: [...attachmentHead(attachmentLabel(i, attachments.length), a.title, ctx, landscape ? ctx.style.page.landscapeTextWidth / 20 : undefined), ...attachmentBody(a, plan, ctx)],
      footers: 'numbered',
      start: 'new-page',
    });
  });
  const imprint = imprintBlock(plan.meta, ctx);
  if (imprint) {
    const starts = documentLayout(segments, ctx, ctx.options.duplex).segmentStarts;
    const end = textEnd(segments, imprint, ctx, (i) => starts[i]!);
    placeImprint(segments, imprint, imprintPlacement(end, ctx.options.duplex), ctx, ctx.options.duplex);
  }
  return segments;
}

/** Everything the block builders share for one export. */
export function exportContext(plan: Plan, input: ExportOptionsInput = {}, style: Gbt9704Style = GBT9704_STYLE): BuildContext {
  const options = ExportOptionsSchema.parse(input);
  const names = { region: plan.meta.region, issuer: plan.meta.issuer };
  return {
    style, geometry: style.modes[options.lineMode], options, notation: plan.meta.responsibilityNotation, labels: Numbering.plan(plan), names, headingNamed: headingNamedItems(plan),
    ...(options.revisions ? { review: new ReviewMarks(plan) } : {}),
  };
}

/** A document packDocx can pack from a shell (xml/body-shell.ts), and the same document as docx objects. */
export interface ShelledDocx {
  /** The document as docx objects, built on first use (packDocx does not need it). */
  readonly document: Document;
  /**
   * The same document as a docx shell and the XML of its placeholders: what packDocx compiles, then fills in.
   * Gives the same word/document.xml as `document`.
   */
  shell(): DocxShell;
}

export interface ComposedDocx extends ShelledDocx {
  /** Where the pages end, as computed for the 版记 placement (the renderer's own count may differ in Word). */
  layout: ExportLayout;
  /** The sections as composed: what is printed, for the glyph report (glyph-report.ts). */
  readonly segments: readonly Segment[];
}

export interface DocxShell {
  document: Document;
  bodies: ShellBody[];
}

/** The plan as a GB/T 9704-2012 document and its page layout. Pure: no packing, no I/O. */
export function composeDocx(source: Plan, input: ExportOptionsInput = {}, style: Gbt9704Style = GBT9704_STYLE): ComposedDocx {
  // Without 修订稿 the open suggestions are not applied: the text as it stands (PlanReview.accepted).
  const plan = ExportOptionsSchema.parse(input).revisions ? source : PlanReview.accepted(source);
  return composeWithContext(plan, exportContext(plan, input, style));
}

/** composeDocx with a prepared context (a compared export brings its labels and revisions). */
export function composeWithContext(plan: Plan, ctx: BuildContext): ComposedDocx {
  const { options, geometry, style } = ctx;
  const segments = composeSegments(plan, ctx);
  const layout = documentLayout(segments, ctx, options.duplex);
  const flowsOf = (seg: Segment) => [...seg.flows, ...(seg.imprint?.frames ?? [])];
  const documentOf = (children: (seg: Segment) => ISectionOptions['children']) => new Document({
    // A line break typed in the title is for the page; the document property is one line.
    title: plan.meta.title.replace(/\s*[\r\n]+\s*/g, ''),
    creator: plan.meta.issuer || APP_NAME,
    lastModifiedBy: APP_NAME,
    description: 'GB/T 9704-2012',
    evenAndOddHeaderAndFooters: true,
    styles: docxStyles(style, geometry),
    sections: segments.map((seg, i) => sectionOptions(seg, ctx, i === 0, layout.segmentStarts[i] ?? 1, children(seg))),
    ...(ctx.review && ctx.review.comments.length > 0 ? { comments: { children: ctx.review.comments } } : {}),
  });
  let document: Document | undefined;
  return {
    get document() {
      return (document ??= documentOf((seg) => flowsOf(seg).map((f) => f.node)));
    },
    layout,
    segments,
    shell() {
      const bodies: ShellBody[] = [];
      return { document: documentOf((seg) => shellChildren(flowsOf(seg), ctx, bodies)), bodies };
    },
  };
}

/** The plan as a GB/T 9704-2012 document. Pure: no packing, no I/O (handlers pack with Packer). */
export function buildDocx(plan: Plan, input: ExportOptionsInput = {}, style: Gbt9704Style = GBT9704_STYLE): Document {
  return composeDocx(plan, input, style).document;
}
