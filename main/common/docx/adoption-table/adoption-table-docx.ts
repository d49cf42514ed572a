import { Document } from 'docx';
import { ADOPTION_HEADER, ReviewRound } from '../../model/review-round';
import { Numbering } from '../../model/numbering';
import type { Plan } from '../../model/plan';
import { RoundCollect } from '../../review/round-collect';
import type { BuildContext } from '../build-context';
import { docxStyles, StyleIds } from '../docx-styles';
import { pageFooter } from '../elements/page-footer';
import { titleBlock } from '../elements/title-block';
import { gridTableFlow } from '../elements/grid-table';
import { ExportOptionsSchema } from '../export-options';
import { blankLine } from '../flow-paragraph';
import { GBT9704_STYLE, type Gbt9704Style } from '../gbt9704-style';
import { adoptionColumnWidths } from './adoption-columns';

/**
 * The 征求意见采纳情况表 as a portrait A4 document on the plan's page geometry (GB/T 9704 5.2, the table
 * as in 任务分解表: 黑体 header repeated on every page, 仿宋 小四 cells; page numbers per 7.5). Pure.
 */
export function buildAdoptionDocx(plan: Plan, today: string, style: Gbt9704Style = GBT9704_STYLE): Document {
  if (!plan.round) throw new Error('the plan has no review round');
  const options = ExportOptionsSchema.parse({});
  const geometry = style.modes[options.lineMode];
  const ctx: BuildContext = { style, geometry, options, notation: plan.meta.responsibilityNotation, labels: Numbering.plan(plan) };
  const title = ReviewRound.adoptionTitle(plan.meta.title);
  const rows = ReviewRound.adoptionRows(plan.round, today, RoundCollect.respondents(plan)).map((r) => [String(r.index), r.department, r.content, r.decision, r.reason]);
  return new Document({
    title,
    creator: plan.meta.issuer || '计划编制助手',
    lastModifiedBy: plan.meta.issuer || '计划编制助手',
    evenAndOddHeaderAndFooters: true,
    styles: docxStyles(style, geometry),
    sections: [{
      properties: {
        page: {
          size: { width: style.page.width, height: style.page.height },
          margin: { top: geometry.top, bottom: geometry.bottom, left: style.page.left, right: style.page.right, header: style.header.distance, footer: style.footer.distance, gutter: 0 },
        },
      },
      footers: { default: pageFooter(style, 'odd'), even: pageFooter(style, 'even') },
      children: [
        titleBlock(title, ctx).node,
        blankLine(ctx, StyleIds.body).node,
        gridTableFlow(ctx, { rows: [[...ADOPTION_HEADER], ...rows], header: true, widths: adoptionColumnWidths(rows, style), centred: [0, 3], splitRows: true }).node,
      ],
    }],
  });
}
