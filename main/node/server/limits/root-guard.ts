import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { BODY_ROOT } from '../../../common/collab/body-doc';
import { COMMENTS_ROOT } from '../../../common/collab/body-comments';
import { PlanDoc } from '../../../common/collab/plan-doc';

/** Hocuspocus message types that carry Yjs sync messages (Sync, SyncReply). */
const SYNC_MESSAGES = new Set([0, 4]);
/** y-protocols sync message types that carry an update (step 2, update). */
const UPDATE_STEPS = new Set([1, 2]);

/** The root types our documents use: a body has its Slate root, the plan doc its own (PlanDoc.rootNames). */
export function allowedRoots(isPlanDoc: boolean): ReadonlySet<string> {
  return new Set(isPlanDoc ? PlanDoc.rootNames : [BODY_ROOT, COMMENTS_ROOT]);
}

/**
 * Yjs has no schema: any writer can create new root types (docs/coediting.md#security-the-limits-hocuspocus-does-not-set, defence 2). Returns the
 * name of a root type the update writes that the document does not use, or null when it only touches
 * ours (or is not an update at all). Items whose parent is given by an origin inherit an existing
 * parent, so checking the items that name a root is enough. Throws on a malformed message.
 */
export function foreignRoot(rawMessage: Uint8Array, allowed: ReadonlySet<string>): string | null {
  const update = syncUpdate(rawMessage);
  if (!update) return null;
  for (const struct of Y.decodeUpdate(update).structs) {
    const parent = (struct as { parent?: unknown }).parent;
    if (typeof parent === 'string' && !allowed.has(parent)) return parent;
  }
  return null;
}

/** True when a Hocuspocus message is a sync step 2 (what a client sends back on (re)connecting), not a live update. */
export function isSyncStep2(rawMessage: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(rawMessage);
    decoding.readVarString(decoder);
    return SYNC_MESSAGES.has(decoding.readVarUint(decoder)) && decoding.readVarUint(decoder) === 1;
  } catch {
    return false;
  }
}

/** The Yjs update a Hocuspocus message carries (sync step 2 or update), or null. Throws on a malformed one. */
export function syncUpdate(rawMessage: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(rawMessage);
  decoding.readVarString(decoder); // document name (and session)
  if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return null;
  if (!UPDATE_STEPS.has(decoding.readVarUint(decoder))) return null;
  return decoding.readVarUint8Array(decoder);
}
