import type { ExportLayout } from './document-layout';

/**
 * The export's pages in one Chinese sentence, for the export dialog and the CLI:
 * "共 18 页（双面印刷）；版记在第 18 页。" The count is the exporter's own layout; Word or WPS with
 * other fonts than the preview's can differ.
 */
export function layoutSummary(layout: ExportLayout): string {
  const parts = [`共 ${layout.pages} 页（${layout.duplex ? '双面印刷' : '单面印刷'}）`];
  if (layout.unnumberedPages.length) {
    const [blank, ...rest] = layout.unnumberedPages;
    parts.push(`第 ${blank} 页为空白页，${[blank, ...rest].map((p) => `第 ${p} 页`).join('和')}不编页码`);
  }
  if (layout.imprintPage !== null) parts.push(`版记在第 ${layout.imprintPage} 页`);
  return `${parts.join('；')}。`;
}
