import { z } from 'zod';
import { PlanSummarySchema } from './contracts';

/**
 * `POST /api/import` (route importPlan in api-routes.ts) — import a plan from a .txt, .docx, .doc/.wps, .xlsx/.xls/.et or .htm file.
 *
 * Request: the raw file bytes as the body (no multipart, no JSON), with headers
 *   - `X-File-Name`: the file name, `encodeURIComponent`-encoded (HTTP headers are Latin-1);
 *     its extension picks the reader (.docx, .xlsx, .txt, .htm/.html; a zip is read as what its parts say, a .doc/.wps
 *     and other names are sniffed by their bytes);
 *   - `X-Simplify: 1` (optional): convert traditional characters to simplified;
 *   - `Authorization: Bearer <token>` like every /api route.
 * Limits: at most MAX_IMPORT_BYTES; larger bodies get 413 with a Chinese message.
 * Response 201: ImportResponse — the new plan (created on the server) and the import report.
 * Errors (ErrorBody): 400 empty / not text / bad encoding / not a plan / broken .docx or XML / too many
 * paragraphs, sections or items; 413 too large (upload, or inflated past the cap); 422 out of time or
 * memory (the server's import limits, README "Import limits"); 503 too many imports at once; 401 no token.
 * Nothing is created when the import fails; a plan is created with all its documents at once.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_HEADERS = { fileName: 'x-file-name', simplify: 'x-simplify' } as const;

export const ImportHeadersSchema = z.object({
  'x-file-name': z.string().max(1000).optional(),
  'x-simplify': z.enum(['0', '1', 'true', 'false']).optional(),
});

export const ImportReportSchema = z.strictObject({
  fileName: z.string().nullable(),
  counts: z.strictObject({
    sections: z.number().int(), measures: z.number().int(), targets: z.number().int(), points: z.number().int(),
    units: z.number().int(), measuresWithUnits: z.number().int(), attachments: z.number().int(), plainParagraphs: z.number().int(),
  }),
  recognised: z.array(z.string()),
  warnings: z.array(z.string()),
  /** Inferred decisions with a confidence 0..1 (docs/import.md "The report"). */
  guesses: z.array(z.strictObject({ what: z.string(), confidence: z.number().min(0).max(1) })),
  plainParagraphs: z.array(z.string()),
  droppedLines: z.array(z.string()),
  flags: z.strictObject({
    damagedDocNumber: z.boolean(), traditionalChars: z.number().int(), simplified: z.boolean(), titleMissing: z.boolean(),
  }),
  unitSuggestions: z.array(z.strictObject({ name: z.string(), current: z.string(), reason: z.string() })),
});

export const ImportResponseSchema = z.strictObject({
  plan: PlanSummarySchema,
  report: ImportReportSchema,
});
export type ImportResponse = z.infer<typeof ImportResponseSchema>;
