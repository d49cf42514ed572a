import * as Y from 'yjs';
import { DocNames } from '../../common/collab/doc-names';
import { PlanDoc } from '../../common/collab/plan-doc';
import type { PlanDocSource } from './section-assignee';

/**
 * Does the plan doc name this body (a section of the outline or of an attachment, an attachment table, or
 * preamble / closing / notice: PlanDoc.bodyIds)? When the plan doc is open here and does not name it yet,
 * waits up to `graceMs` for an update that does: a new section's record and its first edit are separate
 * messages that may be handled out of order.
 */
export async function planNamesBody(source: PlanDocSource, planId: string, bodyId: string, graceMs: number): Promise<boolean> {
  const name = DocNames.plan(planId);
  const live = source.liveDocument(name);
  if (!live) {
    const state = await source.storedState(name);
    if (!state) return false;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return PlanDoc.bodyIds(doc).includes(bodyId);
  }
  if (PlanDoc.bodyIds(live).includes(bodyId)) return true;
  return new Promise<boolean>((resolve) => {
    const done = (named: boolean) => {
      clearTimeout(timer);
      live.off('update', check);
      resolve(named);
    };
    const check = () => {
      if (PlanDoc.bodyIds(live).includes(bodyId)) done(true);
    };
    const timer = setTimeout(() => done(false), graceMs);
    live.on('update', check);
  });
}
