import type * as Y from 'yjs';
import { BODY_SHAPE, PLAN_SHAPE } from '../../../common/collab/doc-shape';
import { reviewViolation, type ReviewLimit } from './review-guard';
import { foreignRoot, syncUpdate } from './root-guard';
import { checkUpdate, type UpdateCheck } from './update-guard';

/** A sync message's update (null when it carries none) and the unknown root type it writes, if any. */
export function decodeWrite(message: Uint8Array, roots: ReadonlySet<string>): { update: Uint8Array | null; foreign: string | null } {
  try {
    const update = syncUpdate(message);
    return { update, foreign: update ? foreignRoot(message, roots) : null };
  } catch {
    return { update: null, foreign: '(malformed update)' };
  }
}

/** The update against the shape of its document (plan doc or section body); a decoding error is a violation. */
export function shapeCheck(document: Y.Doc, update: Uint8Array, roots: ReadonlySet<string>, isPlanDoc: boolean): UpdateCheck {
  try {
    return checkUpdate(document, update, roots, isPlanDoc ? PLAN_SHAPE : BODY_SHAPE);
  } catch (e) {
    return { violation: `malformed (${(e as Error).message})`, grows: true, slow: false };
  }
}

/**
 * Comment-only and suggest-only writers (issue #14): what their update changes beyond the part of the body
 * they may change, or null. The plan document is never theirs to change.
 */
export function limitViolation(document: Y.Doc, update: Uint8Array, limit: ReviewLimit, department: string, isPlanDoc: boolean): string | null {
  if (isPlanDoc) return 'the plan document';
  try {
    return reviewViolation(document, update, limit, department);
  } catch (e) {
    return `malformed (${(e as Error).message})`;
  }
}
