import * as Y from 'yjs';
import type { Plan } from '../model/plan';
import type { PlanComment } from '../model/plan-comment';
import { BodyDoc } from './body-doc';
import { CommentAnchors } from './comment-anchors';
import { DocNames } from './doc-names';
import { PlanDoc } from './plan-doc';
import { PlanDocLayout } from './plan-doc-layout';

/** Plan JSON → encoded Yjs states for every document of the plan, keyed by document name. */
export function encodePlanDocs(planId: string, plan: Plan): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const planDoc = new Y.Doc();
  PlanDoc.write(planDoc, plan);
  out.set(DocNames.plan(planId), Y.encodeStateAsUpdate(planDoc));
  for (const [bodyId, body] of PlanDoc.bodies(plan)) {
    const doc = new Y.Doc();
    BodyDoc.write(doc, body);
    CommentAnchors.fromPlan(doc, (plan.comments ?? []).filter((c) => c.bodyId === bodyId));
    out.set(DocNames.body(planId, bodyId), Y.encodeStateAsUpdate(doc));
  }
  return out;
}

/** Encoded states (as stored) → plan JSON. `load` returns null for a body doc that does not exist yet. */
export async function decodePlanDocs(
  planId: string,
  load: (docName: string) => Promise<Uint8Array | null>,
): Promise<Plan> {
  const planState = await load(DocNames.plan(planId));
  if (!planState) throw new Error(`plan ${planId} has no plan document`);
  const planDoc = new Y.Doc();
  Y.applyUpdate(planDoc, planState);
  // A stored doc of an older layout is read as the current one (the copy here only; the server's load migrates the stored one).
  PlanDocLayout.migrate(planDoc);
  const bodies = new Map<string, ReturnType<typeof BodyDoc.read>>();
  const comments: PlanComment[] = [];
  for (const bodyId of PlanDoc.bodyIds(planDoc)) {
    const state = await load(DocNames.body(planId, bodyId));
    if (!state) {
      bodies.set(bodyId, []);
      continue;
    }
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    bodies.set(bodyId, BodyDoc.read(doc));
    comments.push(...CommentAnchors.toPlan(bodyId, doc));
  }
  const plan = PlanDoc.read(planDoc, (id) => bodies.get(id) ?? []);
  return comments.length > 0 ? { ...plan, comments } : plan;
}
