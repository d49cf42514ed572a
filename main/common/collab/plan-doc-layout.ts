import * as Y from 'yjs';
import { PlanDocRoots } from './plan-doc-roots';

/**
 * Version of the plan doc's Yjs layout (plan-doc-roots.ts, section-records.ts), stored in the plan doc's
 * meta under 'layout' by PlanDoc.write. Read on every load (the server's document load, its reads from the
 * store, the editor once the plan doc holds the server's state): an older layout is migrated in place.
 */
export const PLAN_DOC_LAYOUT = 1;
const LAYOUT_KEY = 'layout';

/**
 * Migration from layout N to N+1, keyed by N. Runs in one transaction on a live, shared document: the
 * server and a client may run the same step at once, so a step only sets values that every peer sets the
 * same (map entries: last writer wins with equal content), never inserts into arrays.
 * To change the layout: bump PLAN_DOC_LAYOUT, add the step from the old number here, change the writer.
 */
const MIGRATIONS: Record<number, (doc: Y.Doc) => void> = {
  /**
   * Layout 0: a plan doc without a layout version (not written by PlanDoc.write, e.g. assembled by another
   * tool). Titles stored as plain strings become Y.Text (the outline edits titles in place) and a missing
   * notice switch reads as off, as layout 1 writes them.
   */
  0: (doc) => {
    for (const rec of PlanDocRoots.sections(doc).values()) {
      if (rec instanceof Y.Map && typeof rec.get('title') === 'string') rec.set('title', new Y.Text(rec.get('title') as string));
    }
    const notice = PlanDocRoots.notice(doc);
    if (typeof notice.get('enabled') !== 'boolean') notice.set('enabled', false);
    if (!(notice.get('title') instanceof Y.Text)) notice.set('title', new Y.Text(typeof notice.get('title') === 'string' ? (notice.get('title') as string) : ''));
  },
};

export type LayoutCheck =
  | { status: 'empty' }
  | { status: 'current'; layout: number }
  | { status: 'migrated'; from: number; to: number }
  /** Written by a newer version of the app: read as far as this one understands it, never migrated down. */
  | { status: 'newer'; layout: number };

function isEmpty(doc: Y.Doc): boolean {
  return PlanDocRoots.meta(doc).size === 0 && PlanDocRoots.outline(doc).length === 0;
}

export const PlanDocLayout = {
  current: PLAN_DOC_LAYOUT,

  /** The stored layout version; 0 when there is none. */
  version(doc: Y.Doc): number {
    const v = PlanDocRoots.meta(doc).get(LAYOUT_KEY);
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
  },

  /** Mark a freshly written plan doc with the current layout (PlanDoc.write does). */
  stamp(doc: Y.Doc): void {
    PlanDocRoots.meta(doc).set(LAYOUT_KEY, PLAN_DOC_LAYOUT);
  },

  /** Bring a loaded plan doc to the current layout (nothing to do for an empty doc: it is seeded later). */
  migrate(doc: Y.Doc, origin: unknown = 'layout-migration'): LayoutCheck {
    if (isEmpty(doc)) return { status: 'empty' };
    const from = PlanDocLayout.version(doc);
    if (from === PLAN_DOC_LAYOUT) return { status: 'current', layout: from };
    if (from > PLAN_DOC_LAYOUT) return { status: 'newer', layout: from };
    doc.transact(() => {
      for (let v = from; v < PLAN_DOC_LAYOUT; v++) MIGRATIONS[v]!(doc);
      PlanDocLayout.stamp(doc);
    }, origin);
    return { status: 'migrated', from, to: PLAN_DOC_LAYOUT };
  },
};
