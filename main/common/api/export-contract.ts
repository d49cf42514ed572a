import { z } from 'zod';

/**
 * Export over HTTP. The options travel as query parameters (`?redHead=1&duplex=0&lineMode=…`, see
 * docx/export-options.ts); the preview answers what the export will be before anything is written.
 */
/** The pages as the exporter lays them out (docx/document-layout.ts). */
export const ExportLayoutSchema = z.strictObject({
  /** Estimated page count. */
  pages: z.number().int().min(1),
  /** First page of each docx section (1-based). */
  segmentStarts: z.array(z.number().int().min(1)),
  /** The page carrying the 版记, or null without one. */
  imprintPage: z.number().int().min(1).nullable(),
  /** Pages without a page number (a blank page before the 版记 page and that page, GB/T 9704 7.5). */
  unnumberedPages: z.array(z.number().int().min(1)),
  /** Printed on both sides: the 版记 goes on an even page. */
  duplex: z.boolean(),
});
export type ExportLayout = z.infer<typeof ExportLayoutSchema>;

export const FontReportEntrySchema = z.strictObject({
  role: z.string(),
  name: z.string(),
  altName: z.string().nullable(),
  preview: z.string().nullable(),
});

const FACES = ['fangsong', 'kaiti', 'heiti', 'songti', 'xiaobiaosong', 'latin'] as const;

/** Printed characters the fonts cannot draw, and the 繁体 in the text (docx/glyph-report.ts). */
export const GlyphReportSchema = z.strictObject({
  gaps: z.array(z.strictObject({ face: z.enum(FACES), role: z.string(), font: z.string(), chars: z.array(z.string()), count: z.number().int().min(1) })),
  checked: z.boolean(),
  traditional: z.strictObject({ count: z.number().int().min(0), sample: z.array(z.string()) }),
});

export const ExportPreviewSchema = z.strictObject({
  layout: ExportLayoutSchema,
  fonts: z.array(FontReportEntrySchema),
  glyphs: GlyphReportSchema,
});
export type ExportPreview = z.infer<typeof ExportPreviewSchema>;

/** The pages as drawn (docx/layout/page-model.ts): what the 打印预览 shows and the PDF prints. */
const ModelRunSchema = z.strictObject({
  text: z.string(), face: z.enum(FACES), sizePt: z.number(), scale: z.number(), color: z.string().regex(/^[0-9A-Fa-f]{6}$/),
  bold: z.boolean(), dx: z.number(), advances: z.array(z.number()),
});
const ModelLineSchema = z.strictObject({ x: z.number(), y: z.number(), rotate: z.union([z.literal(90), z.literal(-90)]).optional(), runs: z.array(ModelRunSchema) });
export const PageModelSchema = z.strictObject({
  pages: z.array(z.strictObject({
    number: z.number().int().min(1),
    orientation: z.enum(['portrait', 'landscape']),
    widthPt: z.number(),
    heightPt: z.number(),
    lines: z.array(ModelLineSchema),
    rules: z.array(z.strictObject({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number(), width: z.number(), color: z.string() })),
    pageNumber: ModelLineSchema.nullable(),
  })),
});

/** Query parameters every export route reads as 1/0 flags; `lineMode` is the one string option. */
export const EXPORT_FLAGS = ['redHead', 'sealed', 'taskTable', 'notice', 'duplex', 'revisions'] as const;
export const EXPORT_QUERY_KEYS = [...EXPORT_FLAGS, 'lineMode'] as const;

