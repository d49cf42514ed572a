import { Document, DocumentGridType, PageOrientation, SectionType, type ISectionOptions } from 'docx';
import type { Attachment } from '../model/attachment';
import { Numbering } from '../model/numbering';
import type { Plan } from '../model/plan';
import { attachmentBody, attachmentHead, attachmentLabel } from './attachment-pages';
import { bodyFlows } from './block-registry';
import type { BuildContext, Flow } from './build-context';
import { attachmentNote, keepLastWithNext, signatureBlock } from './closing-block';
import { docxStyles } from './docx-styles';
import { ExportOptionsSchema, type ExportOptionsInput } from './export-options';
import { GBT9704_STYLE, type Gbt9704Style } from './gbt9704-style';
import { hasImprint, imprintFrames } from './imprint-block';
import { noticeFlows } from './notice-block';
import { landscapeFooter, pageFooter } from './page-footer';
import { redHead } from './red-head';
import { sectionFlows } from './section-heading';
import { taskTableTitle } from './task-table-rows';
import { headBlock } from './title-block';

interface Segment {
  orientation: 'portrait' | 'landscape';
  flows: Flow[];
}

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
  const planBody = [
    ...bodyFlows(plan.preamble, ctx),
    ...sectionFlows(plan.sections, ctx),
    ...bodyFlows(plan.closing, ctx),
    ...attachmentNote(titles, ctx),
  ];
  const useNotice = plan.notice !== null && ctx.options.notice !== false;
  if (useNotice && plan.notice) {
    // 印发通知: the notice is the document (主送, 落款, 附注); the plan follows on a new page.
    return [...head, ...noticeFlows(plan, ctx), ...headBlock(meta.title, ctx, [], meta.preparedBy, true), ...planBody];
  }
  const signature = signatureBlock(meta, ctx);
  const body = [...head, ...headBlock(meta.title, ctx, meta.mainRecipients, meta.preparedBy), ...planBody];
  return [...(signature.length ? keepLastWithNext(body, ctx) : body), ...signature];
}

/**
 * The 版记 goes at the bottom of the last page [Std 7.4.1]: absolutely positioned frames after the last
 * paragraph, which is kept with them so they never strand on a page of their own. After a table (the
 * landscape 任务分解表) it takes a portrait page of its own.
 */
function placeImprint(plan: Plan, ctx: BuildContext, segments: Segment[]): void {
  const frames = imprintFrames(plan.meta, ctx);
  const last = segments[segments.length - 1]!;
  const tail = last.flows[last.flows.length - 1];
  if (last.orientation === 'portrait' && tail?.spec) {
    last.flows = [...keepLastWithNext(last.flows, ctx), ...frames.map((node) => ({ node }))];
  } else {
    segments.push({ orientation: 'portrait', flows: frames.map((node) => ({ node })) });
  }
}

function sectionOptions(seg: Segment, ctx: BuildContext, first: boolean): ISectionOptions {
  const s = ctx.style;
  const g = ctx.geometry;
  const landscape = seg.orientation === 'landscape';
  const margin = landscape
    // The 版心 stays where it is on the sheet when the page is turned (GBT9704.md §1.6 "Tables").
    ? s.page.landscapeMargins
    : { top: g.top, bottom: g.bottom, left: s.page.left, right: s.page.right };
  return {
    properties: {
      ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      page: {
        size: { width: s.page.width, height: s.page.height, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: { ...margin, header: s.header.distance, footer: landscape ? s.footer.landscapeDistance : s.footer.distance, gutter: 0 },
      },
      // Lines-only grid (22 per page in Word's 页面设置); no character grid, LO mis-renders negative charSpace.
      ...(landscape ? {} : { grid: { type: DocumentGridType.LINES, linePitch: g.line } }),
    },
    footers: landscape
      ? { default: landscapeFooter(s, 'odd'), even: landscapeFooter(s, 'even') }
      : { default: pageFooter(s, 'odd'), even: pageFooter(s, 'even') },
    children: seg.flows.map((f) => f.node),
  };
}

/** The plan as a GB/T 9704-2012 document. Pure: no packing, no I/O (handlers pack with Packer). */
export function buildDocx(plan: Plan, input: ExportOptionsInput = {}, style: Gbt9704Style = GBT9704_STYLE): Document {
  const options = ExportOptionsSchema.parse(input);
  const geometry = style.modes[options.lineMode];
  const ctx: BuildContext = { style, geometry, options, notation: plan.meta.responsibilityNotation, labels: Numbering.plan(plan), names: { region: plan.meta.region, issuer: plan.meta.issuer } };
  const attachments = exportedAttachments(plan, options.taskTable);
  const titles = attachments.map((a) => a.title);
  const segments: Segment[] = [{ orientation: 'portrait', flows: mainFlows(plan, ctx, titles) }];
  attachments.forEach((a, i) => {
    segments.push({
      orientation: a.kind === 'task-table' ? 'landscape' : 'portrait',
      flows: [...attachmentHead(attachmentLabel(i, attachments.length), a.title, ctx, a.kind === 'task-table' ? style.page.landscapeTextWidth / 20 : undefined), ...attachmentBody(a, plan, ctx)],
    });
  });
  if (hasImprint(plan.meta)) placeImprint(plan, ctx, segments);
  return new Document({
    title: plan.meta.title,
    creator: plan.meta.issuer || '计划编制助手',
    description: 'GB/T 9704-2012',
    evenAndOddHeaderAndFooters: true,
    styles: docxStyles(style, geometry),
    sections: segments.map((seg, i) => sectionOptions(seg, ctx, i === 0)),
  });
}

