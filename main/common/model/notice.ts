import { z } from 'zod';
import { BodySchema } from './element-types';

/** The 印发/转发通知 wrapper; its 文号/主送/署名/日期 live in meta (docs/plan-format.md#top-level). */
export const NoticeSchema = z.strictObject({
  title: z.string().max(300),
  body: BodySchema.default([]),
});
export type Notice = z.infer<typeof NoticeSchema>;
