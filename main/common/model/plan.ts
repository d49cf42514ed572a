import { z } from 'zod';
import { AttachmentSchema, type Attachment } from './attachment';
import { DepartmentSchema, type Department } from './department';
import { BodySchema, type Block, type Body } from './element-types';
import { Item } from './item';
import { PlanMetaSchema, type PlanMeta } from './meta';
import { NoticeSchema, type Notice } from './notice';
import { PlanCommentSchema, type PlanComment } from './plan-comment';
import { ReviewRoundSchema, type ReviewRound } from './review-round';
import { PlanChecksSchema, type PlanChecks } from './plan-checks';
import { Section, SectionSchema } from './section';

export const PLAN_FORMAT = 'plan-studio/plan';
export const PLAN_SCHEMA_VERSION = 2;

export const PlanSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  meta: PlanMetaSchema,
  notice: NoticeSchema.nullable().default(null),
  departments: z.array(DepartmentSchema).default([]),
  preamble: BodySchema.default([]),
  sections: z.array(SectionSchema).default([]),
  closing: BodySchema.default([]),
  attachments: z.array(AttachmentSchema).default([]),
  /** 批注 threads (issue #14); absent = none. Open 修订 travel as `suggest` marks on text leaves. */
  comments: z.array(PlanCommentSchema).optional(),
  /** The 征求意见 round, if one was started (review-round.ts); left out of the file when there is none. */
  round: ReviewRoundSchema.nullish(),
  /** 公文体检 state shared with colleagues (ignored findings); optional, absent = none. */
  checks: PlanChecksSchema.optional(),
});

export interface Plan {
  format: typeof PLAN_FORMAT;
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  meta: PlanMeta;
  notice: Notice | null;
  departments: Department[];
  preamble: Body;
  sections: Section[];
  closing: Body;
  attachments: Attachment[];
  comments?: PlanComment[];
  /** The 征求意见 round, if one was started; absent in plans written before rounds existed. */
  round?: ReviewRound | null;
  checks?: PlanChecks;
}

/** Where an item sits: which top-level body, and which section (if any). */
export interface ItemLocation {
  item: Item;
  section: Section | null;
  /** Index of the level-1 section in plan.sections, or -1 outside sections. */
  topIndex: number;
}

function* blocksWithSection(plan: Plan): Generator<{ block: Block; section: Section | null; topIndex: number }> {
  for (const block of plan.preamble) yield { block, section: null, topIndex: -1 };
  for (const [topIndex, top] of plan.sections.entries()) {
    for (const s of [top, ...top.sections]) for (const block of s.body) yield { block, section: s, topIndex };
  }
  for (const block of plan.closing) yield { block, section: null, topIndex: -1 };
}

/** Pure queries over a plan; no hidden state. */
export const Plan = {
  /** Every item with role "measure", in document order (attachments excluded). */
  measures(plan: Plan): ItemLocation[] {
    return Plan.items(plan).filter((l) => l.item.role === 'measure');
  },
  items(plan: Plan): ItemLocation[] {
    const out: ItemLocation[] = [];
    for (const { block, section, topIndex } of blocksWithSection(plan)) {
      if (block.type === 'item') out.push({ item: block, section, topIndex });
    }
    return out;
  },
  /**
   * The heading a measure goes by when it has no run-in title of its own and is all its group holds: "（二）实施标准化
   * 战略，引领质量发展" over one task paragraph names that task (a layout real plans mix with groups of numbered
   * tasks). The 任务分解表 prints it as the task's 工作任务; null for any other measure.
   */
  groupTitle({ item, section }: ItemLocation): string | null {
    if (!section || section.sections.length > 0 || section.body.length !== 1 || section.body[0] !== item) return null;
    return Item.leadText(item).trim() ? null : section.title.trim() || null;
  },
  sectionsFlat(plan: Plan): Section[] {
    return Section.flatten(plan.sections);
  },
  findSection(plan: Plan, id: string): Section | undefined {
    return Plan.sectionsFlat(plan).find((s) => s.id === id);
  },
  /** Every unit named anywhere (lead or support), in first-seen order. */
  unitsInUse(plan: Plan): string[] {
    const seen = new Set<string>();
    for (const { item } of Plan.items(plan)) for (const u of [...item.leadUnits, ...item.supportUnits]) seen.add(u);
    return [...seen];
  },
  departmentNames(plan: Plan): string[] {
    return plan.departments.map((d) => d.name);
  },
};
