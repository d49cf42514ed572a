import * as Y from 'yjs';
import type { OpenState } from '../../common/api/open-states-contract';
import { DocNames } from '../../common/collab/doc-names';
import { PlanDoc } from '../../common/collab/plan-doc';
import type { Grant } from './auth';
import { fail } from './http-util';
import type { PlanService } from './plan-service';

/**
 * What the editor opens a plan with (open-states-contract.ts): the plan doc and every body the page
 * shows, live where open, else stored, each with `grantOf` (the WebSocket gate's own decision for that
 * document). A body the server has never stored is left out rather than made up here: the server seeds
 * it once when a provider first loads it, and a second, different empty paragraph would be a
 * duplicate after the merge (docs/coediting.md#seeding-on-the-server-once). Ids in the outline that are not valid document names
 * are left out too (the gate refuses them as well).
 */
export async function collectOpenStates(
  plans: PlanService, planId: string, grantOf: (bodyId: string | null) => Promise<Grant | null>,
): Promise<OpenState[]> {
  const planName = DocNames.plan(planId);
  const [planState, planGrant] = await Promise.all([plans.state(planName), grantOf(null)]);
  if (!planState) fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
  if (!planGrant) fail(401, 'unauthorized', '访问令牌无效，请从程序中重新打开。', `no grant on ${planName}`);
  const planDoc = new Y.Doc();
  Y.applyUpdate(planDoc, planState);
  const bodyIds = [...new Set(PlanDoc.pageBodyIds(planDoc))].filter((id) => DocNames.parse(DocNames.body(planId, id)) !== null);
  planDoc.destroy();
  const bodies = await Promise.all(bodyIds.map(async (bodyId): Promise<OpenState | null> => {
    const name = DocNames.body(planId, bodyId);
    const [state, grant] = await Promise.all([plans.state(name), grantOf(bodyId)]);
    return state && grant ? { name, state, readOnly: grant.readOnly, ...(grant.limit ? { limit: grant.limit, department: grant.department ?? '' } : {}) } : null;
  }));
  return [{ name: planName, state: planState, readOnly: planGrant.readOnly }, ...bodies.filter((b): b is OpenState => b !== null)];
}
