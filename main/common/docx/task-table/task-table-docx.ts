import { Document, PageOrientation, type ISectionOptions } from 'docx';
import type { ShelledDocx } from '../build-docx';
import { shellChildren, type ShellBody } from '../xml/body-shell';
import { Numbering } from '../../model/numbering';
import type { Plan } from '../../model/plan';
import { taskTable } from '../elements/attachment-pages';
import type { BuildContext } from '../build-context';
import { docxStyles } from '../docx-styles';
import { ExportOptionsSchema } from '../export-options';
import { GBT9704_STYLE, type Gbt9704Style } from '../gbt9704-style';
import { APP_NAME } from '../build-docx';
import { landscapeFooter } from '../elements/page-footer';
import { taskTableTitle } from './task-table-rows';
import { titleBlock } from '../elements/title-block';
import { blankLine } from '../flow-paragraph';
import { StyleIds } from '../docx-styles';

/** The 任务分解表 alone, as a landscape A4 document (docs/product.md#what-a-user-can-do row 8). Pure, like buildDocx. */
export function buildTaskTableDocx(plan: Plan, style: Gbt9704Style = GBT9704_STYLE): Document {
  return composeTaskTableDocx(plan, style).document;
}

/** The same, for packDocx: its 1,800 cells are written as XML directly (xml/body-shell.ts), not as docx objects. */
export function composeTaskTableDocx(plan: Plan, style: Gbt9704Style = GBT9704_STYLE): ShelledDocx {
  const options = ExportOptionsSchema.parse({});
  const geometry = style.modes[options.lineMode];
  const ctx: BuildContext = { style, geometry, options, notation: plan.meta.responsibilityNotation, labels: Numbering.plan(plan) };
  const title = plan.attachments.find((a) => a.kind === 'task-table')?.title ?? taskTableTitle(plan);
  const flows = [titleBlock(title, ctx, false, style.page.landscapeTextWidth / 20), blankLine(ctx, StyleIds.body), taskTable(plan, ctx)];
  const documentOf = (children: ISectionOptions['children']) => new Document({
    title,
    creator: plan.meta.issuer || APP_NAME,
    lastModifiedBy: APP_NAME,
    evenAndOddHeaderAndFooters: true,
    styles: docxStyles(style, geometry),
    sections: [{
      properties: {
        page: {
          size: { width: style.page.width, height: style.page.height, orientation: PageOrientation.LANDSCAPE },
          margin: { ...style.page.landscapeMargins, header: style.header.distance, footer: style.footer.landscapeDistance, gutter: 0 },
        },
      },
      footers: { default: landscapeFooter(style, 'odd'), even: landscapeFooter(style, 'even') },
      children,
    }],
  });
  let document: Document | undefined;
  return {
    get document() {
      return (document ??= documentOf(flows.map((f) => f.node)));
    },
    shell() {
      const bodies: ShellBody[] = [];
      return { document: documentOf(shellChildren(flows, ctx, bodies)), bodies };
    },
  };
}
