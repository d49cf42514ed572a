import { AlignmentType } from 'docx';
import type { Attachment } from '../../model/attachment';
import { Numbering } from '../../model/numbering';
import type { Plan } from '../../model/plan';
import { bodyFlows } from './block-registry';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { blankLine, bodyRun, flowParagraph } from '../flow-paragraph';
import { gridTableFlow } from './grid-table';
import { sectionFlows } from './section-heading';
import { TASK_TABLE_HEADER, taskTableRows } from '../task-table/task-table-rows';
import { taskColumnWidths } from '../task-table/task-table-columns';
import { titleBlock } from './title-block';

/** `附件` when there is one attachment, else `附件N` [Std 7.3.4, 7.3.7]. */
export function attachmentLabel(index: number, count: number): string {
  return count > 1 ? `附件${index + 1}` : '附件';
}

/**
 * The head of an attachment page: label at the 版心 top-left on line 1 in 3号黑体, title centred on
 * line 3 [Std 7.3.7], then one blank line.
 */
export function attachmentHead(label: string, title: string, ctx: BuildContext, widthPt?: number): Flow[] {
  return [
    flowParagraph(ctx, { style: StyleIds.body, alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 }, keepNext: true, runs: [bodyRun(ctx, label, 'heiti')] }),
    blankLine(ctx, StyleIds.body),
    titleBlock(title, ctx, false, widthPt),
    blankLine(ctx, StyleIds.body),
  ];
}

/** Body flows of one attachment (the task table is built separately: it is a landscape section). */
export function attachmentBody(a: Attachment, plan: Plan, ctx: BuildContext): Flow[] {
  switch (a.kind) {
    case 'document': {
      const labels = Numbering.attachment(a, plan.meta.numbering);
      return sectionFlows(a.sections, { ...ctx, labels }, a.numberingScheme);
    }
    case 'table':
      return bodyFlows(a.body, ctx);
    case 'task-table':
      return [taskTable(plan, ctx)];
  }
}

/** The 任务分解表: header row repeated on every page, widths summing to the landscape 版心 (225 mm). */
export function taskTable(plan: Plan, ctx: BuildContext): Flow {
  const rows = taskTableRows(plan);
  return gridTableFlow(ctx, {
    rows: [[...TASK_TABLE_HEADER], ...rows],
    header: true,
    widths: taskColumnWidths(rows, ctx.style),
    centred: [0, 5],
    left: [1, 3, 4],
    splitRows: true,
    // Short rows move whole to the next page: split, they left one-line slivers that read as rows of
    // their own. Only long rows split (else a page could be left half empty).
    keepWholeUnder: ctx.style.table.keepWholeUnder,
  });
}
