import { z } from 'zod';
import { SuggestMarkSchema } from './suggest-mark';

/**
 * A text leaf. Only `bold` and `lead` (the run-in title) are stored; fonts come from the template.
 * `suggest` marks an open 修订 (main/common/review/suggestions.ts).
 */
export const TextSchema = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  lead: z.literal(true).optional(),
  suggest: SuggestMarkSchema.optional(),
});
export type Text = z.infer<typeof TextSchema>;

export const Text = {
  of(text: string, marks: Omit<Text, 'text'> = {}): Text {
    return { text, ...marks };
  },
  isEmpty(leaves: readonly Text[]): boolean {
    return leaves.every((l) => l.text.length === 0);
  },
  plain(leaves: readonly Text[]): string {
    return leaves.map((l) => l.text).join('');
  },
};
