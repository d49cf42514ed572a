import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Geometry, Gbt9704Style } from './gbt9704-style';
import { runFonts } from './text-run';

/** Style ids the exporter uses; post-processing adds paragraph-level snapToGrid=0 to OFF_GRID_STYLES. */
export const StyleIds = {
  body: 'GwBody',
  title: 'GwTitle',
  flag: 'GwFlag',
  table: 'GwTable',
  imprint: 'GwImprint',
  spacer: 'GwSpacer',
  footer: 'GwFooter',
  heading: (level: 1 | 2 | 3 | 4) => `Heading${level}`,
} as const;

/** Paragraphs that must not snap to the body's line grid (a 22 pt title, table text, fixed spacers). */
export const OFF_GRID_STYLES = [StyleIds.title, StyleIds.flag, StyleIds.table, StyleIds.imprint, StyleIds.spacer, StyleIds.footer];

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/**
 * Real paragraph styles: Word/WPS 导航窗格 and 目录 work from Heading1–4 (outline levels 0–3), and
 * re-applying a style in Word gives the GB/T 9704 look, not docx's blue 13–16 pt defaults (docs/gbt9704.md#styles).
 */
export function docxStyles(style: Gbt9704Style, g: Geometry): IStylesOptions {
  const f = style.faces;
  const body = style.sizes.body;
  const headings: IParagraphStyleOptions[] = ([1, 2, 3, 4] as const).map((level) => ({
    id: StyleIds.heading(level),
    name: `heading ${level}`,
    basedOn: StyleIds.body,
    next: StyleIds.body,
    quickFormat: true,
    run: { font: runFonts(f, style.headings.faces[level]), size: body, color: style.colors.text, bold: false, italics: false },
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: exact(g.line) },
  }));
  return {
    default: {
      document: {
        run: { font: runFonts(f, 'fangsong'), size: body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: exact(g.line) },
      },
    },
    paragraphStyles: [
      // docx's own Heading5/6 and Title are blue or 28 pt; re-applying them in Word must still look official.
      ...([5, 6] as const).map((level) => ({
        id: `Heading${level}`, name: `heading ${level}`, basedOn: StyleIds.body, next: StyleIds.body,
        run: { font: runFonts(f, 'fangsong'), size: body, color: style.colors.text, bold: false, italics: false },
        paragraph: { outlineLevel: level - 1, keepNext: true, spacing: exact(g.line) },
      })),
      {
        id: 'Title', name: 'Title', basedOn: 'Normal', next: StyleIds.body,
        run: { font: runFonts(f, 'xiaobiaosong'), size: style.sizes.title, color: style.colors.text, scale: 100 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact(g.line) },
      },
      {
        id: 'Normal', name: 'Normal', quickFormat: true,
        run: { font: runFonts(f, 'fangsong'), size: body, scale: style.body.scale, color: style.colors.text },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exact(g.line) },
      },
      {
        id: StyleIds.body, name: '公文正文', basedOn: 'Normal', next: StyleIds.body, quickFormat: true,
        paragraph: { indent: { firstLineChars: style.body.firstLineChars, firstLine: style.body.firstLine } },
      },
      ...headings,
      {
        id: StyleIds.title, name: '公文标题', basedOn: 'Normal', next: StyleIds.body, quickFormat: true,
        run: { font: runFonts(f, 'xiaobiaosong'), size: style.sizes.title, scale: 100 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact(g.line) },
      },
      {
        id: StyleIds.flag, name: '发文机关标志', basedOn: 'Normal',
        run: { font: runFonts(f, 'xiaobiaosong'), size: style.sizes.flag, color: style.colors.red, scale: 100 },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: StyleIds.table, name: '公文表格', basedOn: 'Normal',
        run: { font: runFonts(f, 'fangsong'), size: style.sizes.table, scale: 100 },
        paragraph: { alignment: AlignmentType.LEFT, spacing: exact(style.table.line) },
      },
      {
        id: StyleIds.imprint, name: '公文版记', basedOn: 'Normal',
        run: { font: runFonts(f, 'fangsong'), size: style.sizes.imprint, scale: 100 },
        paragraph: { spacing: exact(g.line), indent: { left: style.imprint.indent, right: style.imprint.indent } },
      },
      { id: StyleIds.spacer, name: '公文占位行', basedOn: 'Normal' },
      {
        id: StyleIds.footer, name: '公文页码', basedOn: 'Normal',
        run: { font: runFonts(f, 'songti'), size: style.sizes.pageNumber, scale: 100 },
        paragraph: { spacing: exact(style.footer.line) },
      },
    ],
  };
}
