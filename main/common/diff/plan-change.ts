import type { ItemRole } from '../model/item';
import type { DiffRun } from './word-diff';

/** Where a block sits: a section id, or the plan's preamble/closing outside every section. */
export type BodyId = string;

/**
 * One difference between two plans (PlanDiff.compare). Every change names what it is about: an item id,
 * a section id or a meta field, so a reader (the 版本 dialog, `cli diff --json`, the 修订稿) can find it.
 */
export type PlanChange =
  | { kind: 'meta'; field: string; before: string; after: string }
  | { kind: 'departments'; added: string[]; removed: string[] }
  | { kind: 'section-added'; sectionId: string; title: string; label: string }
  | { kind: 'section-removed'; sectionId: string; title: string; label: string }
  | { kind: 'section-renamed'; sectionId: string; label: string; runs: DiffRun[] }
  | { kind: 'section-moved'; sectionId: string; title: string; fromLabel: string; toLabel: string }
  | { kind: 'section-assignee'; sectionId: string; title: string; before: string | null; after: string | null }
  /** The section's text outside its items (paragraphs, tables), as one word diff. */
  | { kind: 'section-text'; sectionId: BodyId; title: string; runs: DiffRun[] }
  | { kind: 'item-added'; itemId: string; sectionId: BodyId; role: ItemRole; label: string; text: string }
  | { kind: 'item-removed'; itemId: string; sectionId: BodyId; role: ItemRole; label: string; text: string }
  | { kind: 'item-moved'; itemId: string; fromSectionId: BodyId; sectionId: BodyId; role: ItemRole; fromLabel: string; label: string; text: string }
  | { kind: 'item-text'; itemId: string; sectionId: BodyId; role: ItemRole; label: string; runs: DiffRun[] }
  | { kind: 'item-units'; itemId: string; sectionId: BodyId; label: string; leadBefore: string[]; leadAfter: string[]; supportBefore: string[]; supportAfter: string[] }
  | { kind: 'item-deadline'; itemId: string; sectionId: BodyId; label: string; before: string | null; after: string | null }
  /** A target's figures (numbers with their units: 95%、3家、1.2亿元) are not the same list any more. */
  | { kind: 'item-figures'; itemId: string; sectionId: BodyId; label: string; before: string[]; after: string[] };

export type PlanChangeKind = PlanChange['kind'];

/** The preamble and closing bodies outside every section. */
export const PREAMBLE_ID = '(preamble)';
export const CLOSING_ID = '(closing)';
