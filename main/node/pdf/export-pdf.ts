import { composePageModel } from '../../common/docx/layout/compose-page-model';
import type { ExportOptions } from '../../common/docx/export-options';
import type { Plan } from '../../common/model/plan';
import { drawPdf } from '../../common/pdf/draw-pdf';
import { loadFonts } from './system-fonts';

/** The plan as a PDF drawn from the exporter's own page layout, with the fonts found on this machine. */
export async function exportPdfBytes(plan: Plan, options: ExportOptions, fontDirs: readonly string[] = []): Promise<Uint8Array> {
  const model = composePageModel(plan, options);
  const fonts = await loadFonts(fontDirs);
  return drawPdf(model, fonts, { title: plan.meta.title, author: plan.meta.issuer || '计划编制助手' });
}
