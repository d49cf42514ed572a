import { z } from 'zod';
import { ReviewSchema } from './review';
import { Text, TextSchema } from './text';

export const ParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  children: z.array(TextSchema).min(1, 'a paragraph needs at least one text leaf'),
  /** Optional: what still needs review (review.ts), e.g. a target figure rolled forward. */
  review: ReviewSchema.optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const Paragraph = {
  create(text = ''): Paragraph {
    return { type: 'paragraph', children: [Text.of(text)] };
  },
};
