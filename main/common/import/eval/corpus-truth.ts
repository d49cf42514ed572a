import { z } from 'zod';

/** A truth file of the import corpus (`<name>.truth.json`), written by a person reading the document. */
export const CorpusTruthSchema = z.object({
  /** Where the text was found (URL, or repository + path). */
  source: z.string(),
  /** The file to import, next to the truth file; default `<name>.txt`. */
  file: z.string().optional(),
  level: z.enum(['province', 'city', 'county']),
  /** Pattern tags, for figures per pattern (see docs/import.md). */
  patterns: z.array(z.string()).default([]),
  /**
   * Head fields as written in the document. A key set to null or [] means "the document has none" (an
   * imported value is then a false positive); a key left out is not scored (the copy does not show it).
   */
  head: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])).default({}),
  /**
   * Every measure of the text in order: `text` is how it starts (its run-in title or first words),
   * `units` every responsible unit. `cut`: the excerpt ends inside it, its units are not scored.
   */
  measures: z.array(z.object({
    text: z.string(),
    units: z.array(z.string()).default([]),
    lead: z.array(z.string()).optional(),
    cut: z.boolean().optional(),
  })).default([]),
  /**
   * The targets (主要目标 with a figure), each by how it starts. Scored only when the key is written (older
   * truth files did not list targets); [] means "no target".
   */
  targets: z.array(z.object({ text: z.string() })).optional(),
}).passthrough();
export type CorpusTruth = z.infer<typeof CorpusTruthSchema>;

/** The head fields the evaluation knows, read from an imported plan by `readHead`. */
export const HEAD_FIELDS = [
  'title', 'noticeTitle', 'docNumber', 'mark', 'issuer', 'signers', 'mainRecipients', 'signature', 'date',
  'note', 'copyTo', 'printer', 'printDate',
] as const;
export type HeadField = (typeof HEAD_FIELDS)[number];
