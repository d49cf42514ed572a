import * as Y from 'yjs';
import { DocNames } from '../../common/collab/doc-names';
import { PlanDoc } from '../../common/collab/plan-doc';
import { decodePlanDocs } from '../../common/collab/plan-docs';
import type { DecodedStatesFile } from '../../common/collab/states-file';
import { fail } from './http-util';
import type { Logger } from './logger';
import type { PlanService } from './plan-service';

export type DocMergeStatus = 'created' | 'merged' | 'unchanged';

export interface StatesFileImport {
  planId: string;
  created: boolean;
  title: string;
  docs: Array<{ name: string; status: DocMergeStatus }>;
}

/** Every state of a plan (live where open, else stored): what 另存为 writes into a plan file. */
export async function collectPlanStates(plans: PlanService, planId: string): Promise<{ docs: Map<string, Uint8Array>; title: string }> {
  const planState = await plans.state(DocNames.plan(planId));
  if (!planState) fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
  const planDoc = new Y.Doc();
  Y.applyUpdate(planDoc, planState);
  const docs = new Map<string, Uint8Array>([[DocNames.plan(planId), planState]]);
  for (const bodyId of PlanDoc.bodyIds(planDoc)) {
    const name = DocNames.body(planId, bodyId);
    const state = await plans.state(name);
    if (state) docs.set(name, state);
  }
  return { docs, title: String(PlanDoc.meta(planDoc).title ?? '') };
}

/**
 * Open a plan file on this server. A plan that is not here is created from the file's states as they
 * are; a plan that is here gets each document merged in with Y.applyUpdate through a Hocuspocus direct
 * connection, so connected editors receive the merge live and it is stored like any edit. The file is
 * validated as a whole (it must decode to a schema-valid plan) before anything is written.
 */
export async function importStatesFile(plans: PlanService, file: DecodedStatesFile, log: Logger): Promise<StatesFileImport> {
  let title = '';
  try {
    title = (await decodePlanDocs(file.planId, async (name) => file.docs.get(name) ?? null)).meta.title;
  } catch (e) {
    fail(400, 'plan-file.invalid', '计划文件中的计划内容无效，未做任何修改。', `plan file for ${file.planId} does not decode: ${(e as Error).message}`);
  }
  const planName = DocNames.plan(file.planId);
  const exists = await plans.exists(file.planId);
  const order = [...file.docs.keys()].filter((n) => n !== planName).concat(planName); // plan doc last: visible once complete
  const docs: StatesFileImport['docs'] = [];
  if (!exists) {
    await plans.reopen(file.planId);
    await plans.store.createPlan(file.planId, file.docs);
    for (const name of order) docs.push({ name, status: 'created' });
    log.info(`created plan ${file.planId} from a plan file (${docs.length} documents)`);
    return { planId: file.planId, created: true, title, docs };
  }
  for (const name of order) docs.push({ name, status: await mergeDoc(plans, name, file.docs.get(name)!) });
  log.info(`merged a plan file into plan ${file.planId}: ${docs.filter((d) => d.status !== 'unchanged').length} of ${docs.length} documents changed`);
  return { planId: file.planId, created: false, title, docs };
}

async function mergeDoc(plans: PlanService, name: string, state: Uint8Array): Promise<DocMergeStatus> {
  const hocuspocus = plans.hocuspocus;
  const live = hocuspocus?.documents.has(name) ?? false;
  // A body the server has never stored would be seeded with an empty paragraph on load; store the
  // file's state as it is instead, so the merge adds nothing of its own.
  if (!live && (await plans.store.fetch(name)) === null) {
    await plans.store.store(name, state);
    return 'created';
  }
  if (!hocuspocus) fail(500, 'internal', '服务器尚未就绪。', 'no Hocuspocus instance to merge into');
  const connection = await hocuspocus.openDirectConnection(name, { source: 'plan-file' });
  let changed = false;
  try {
    await connection.transact((doc) => {
      const before = Y.snapshot(doc);
      Y.applyUpdate(doc, state);
      changed = !Y.equalSnapshots(before, Y.snapshot(doc));
    });
  } finally {
    await connection.disconnect();
  }
  return changed ? 'merged' : 'unchanged';
}
