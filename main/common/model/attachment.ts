import { z } from 'zod';
import { BodySchema, type Body } from './element-types';
import { Ids } from './ids';
import { SectionSchema, type Section } from './section';

const attachmentId = z.string().refine(Ids.isNodeId, 'attachment id must be 1-64 characters of A-Z a-z 0-9 _ -');

export const TaskTableAttachmentSchema = z.strictObject({
  id: attachmentId,
  title: z.string().max(300),
  kind: z.literal('task-table'),
});
export const DocumentAttachmentSchema = z.strictObject({
  id: attachmentId,
  title: z.string().max(300),
  kind: z.literal('document'),
  numberingScheme: z.enum(['plan', 'regulation']).default('plan'),
  sections: z.array(SectionSchema).default([]),
});
export const TableAttachmentSchema = z.strictObject({
  id: attachmentId,
  title: z.string().max(300),
  kind: z.literal('table'),
  body: BodySchema.default([]),
});

export const AttachmentSchema = z.discriminatedUnion('kind', [
  TaskTableAttachmentSchema, DocumentAttachmentSchema, TableAttachmentSchema,
]);

export type TaskTableAttachment = { id: string; title: string; kind: 'task-table' };
export type DocumentAttachment = {
  id: string; title: string; kind: 'document'; numberingScheme: 'plan' | 'regulation'; sections: Section[];
};
export type TableAttachment = { id: string; title: string; kind: 'table'; body: Body };
export type Attachment = TaskTableAttachment | DocumentAttachment | TableAttachment;
