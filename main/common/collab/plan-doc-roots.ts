import type * as Y from 'yjs';
import type { Department } from '../model/department';

/**
 * The root types of the plan doc (`plan:<id>`). Only main/common/collab reads and writes them: everyone
 * else goes through PlanDoc (typed reads and writes), OutlineOps (outline changes) and PlanDocLayout
 * (versions and migrations), so the layout has one owner. Not re-exported from the collab index; tests
 * that write malformed data on purpose import it directly.
 *
 * A layout change (a root added, a record's shape changed) bumps PLAN_DOC_LAYOUT and adds a migration
 * in plan-doc-layout.ts.
 */
export const PlanDocRoots = {
  /** Plan meta fields (PlanMeta keys) and the layout version ('layout'). */
  meta: (d: Y.Doc) => d.getMap<unknown>('meta'),
  departments: (d: Y.Doc) => d.getArray<Department>('departments'),
  /** Section ids in page order (level 1 and 2, flat): reordering moves ids, never content. */
  outline: (d: Y.Doc) => d.getArray<string>('outline'),
  /** Section records by id: level, kind, title (Y.Text), assignee. */
  sections: (d: Y.Doc) => d.getMap<Y.Map<unknown>>('sections'),
  notice: (d: Y.Doc) => d.getMap<unknown>('notice'),
  attachments: (d: Y.Doc) => d.getArray<string>('attachments'),
  attachmentRecords: (d: Y.Doc) => d.getMap<Y.Map<unknown>>('attachmentRecords'),
  /** The 征求意见 round (round-ops.ts): 'info', 'answer:<department>', 'opinion:<id>' → plain JSON. */
  round: (d: Y.Doc) => d.getMap<unknown>('round'),
  /**
   * 公文体检 ignores (model/plan-checks.ts CheckIgnore, plain JSON entries). A root of its own, empty in
   * older docs: no migration needed (an absent root reads as nothing ignored).
   */
  checkIgnores: (d: Y.Doc) => d.getArray<unknown>('checkIgnores'),
};

/** The names of the plan doc's roots (the server refuses updates that write any other root). */
export const PLAN_DOC_ROOT_NAMES: readonly string[] = Object.keys(PlanDocRoots);
