import * as Y from 'yjs';
import { DocNames } from '../../common/collab/doc-names';
import { PlanDoc } from '../../common/collab/plan-doc';

/** Where the plan doc is read from: the live document if it is open, else the stored state. */
export interface PlanDocSource {
  liveDocument(docName: string): Y.Doc | undefined;
  storedState(docName: string): Promise<Uint8Array | null>;
}

/** The department a section is assigned to (what a department invite may edit), or null. */
export async function sectionAssignee(source: PlanDocSource, planId: string, bodyId: string): Promise<string | null> {
  const name = DocNames.plan(planId);
  let doc = source.liveDocument(name);
  if (!doc) {
    const state = await source.storedState(name);
    if (!state) return null;
    doc = new Y.Doc();
    Y.applyUpdate(doc, state);
  }
  return PlanDoc.assigneeOf(doc, bodyId);
}
