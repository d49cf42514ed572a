import { z } from 'zod';
import { BodySchema, type Body } from './element-types';
import { Ids } from './ids';

export const SECTION_KINDS = [
  'ideology', 'principles', 'targets', 'measures', 'safeguards',
  'significance', 'requirements', 'schedule', 'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Section {
  id: string;
  level: 1 | 2;
  kind: SectionKind;
  title: string;
  assignee: string | null;
  body: Body;
  sections: Section[];
}

const sectionId = z.string().refine(Ids.isNodeId, 'section id must be 1-64 characters of A-Z a-z 0-9 _ -');

const Level2SectionSchema = z.strictObject({
  id: sectionId,
  level: z.literal(2),
  kind: z.enum(SECTION_KINDS).default('other'),
  title: z.string().max(200),
  assignee: z.string().nullable().default(null),
  body: BodySchema.default([]),
  sections: z.array(z.never(), 'level-2 sections cannot contain sections').max(0).default([]),
});

export const SectionSchema = z.strictObject({
  id: sectionId,
  level: z.literal(1),
  kind: z.enum(SECTION_KINDS).default('other'),
  title: z.string().max(200),
  assignee: z.string().nullable().default(null),
  body: BodySchema.default([]),
  sections: z.array(Level2SectionSchema).default([]),
}) as unknown as z.ZodType<Section, unknown>;

export const Section = {
  create(args: { title: string; level?: 1 | 2; kind?: SectionKind; body?: Body; sections?: Section[] }): Section {
    return {
      id: Ids.create('s'),
      level: args.level ?? 1,
      kind: args.kind ?? 'other',
      title: args.title,
      assignee: null,
      body: args.body ?? [],
      sections: args.sections ?? [],
    };
  },
  /** Depth-first, document order: a level-1 section, then its level-2 sections. */
  flatten(sections: readonly Section[]): Section[] {
    return sections.flatMap((s) => [s, ...s.sections]);
  },
};
