import { yTextToSlateElement, YjsEditor } from '@slate-yjs/core';
import type { Descendant } from 'slate';
import { resyncFromYjs } from './resync-from-yjs';

/**
 * Same content, ignoring what is representation only: key order, null-valued attributes (Slate
 * deletes keys set to null, Yjs may keep the null) and marks on empty text leaves (Yjs cannot format
 * zero characters).
 */
export function canonicalSlateJson(nodes: unknown): string {
  return JSON.stringify(nodes, (_k, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    if (o['text'] === '') return { text: '' };
    return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== null).sort(([a], [b]) => a.localeCompare(b)));
  });
}

/**
 * Guard against a known slate-yjs 1.0.2 desync: concurrent bold/unbold over the same characters can
 * leave the Slate tree showing marks the Yjs text does not have (found by the convergence fuzz; Yjs
 * itself converges, only the editor's view is stale). Call it after remote updates were applied (the
 * app: BodyConnection.guardEditor, a moment later); when the tree differs from the shared root it is
 * reloaded from Yjs, as slate-yjs PR #430 does for its "Cannot find a descendant" errors.
 * Returns true when it had to resync. Cost: one decode of the section's Y text.
 */
export function resyncIfDiverged(editor: YjsEditor): boolean {
  YjsEditor.flushLocalChanges(editor);
  const root = editor.sharedRoot;
  // An emptied root: remote deletes leave no block at all, connect() shows one bare empty leaf. Both
  // are the same empty body; reloading would only swap one for the other on every remote update.
  if (root.length === 0) return !isEmptyTree(editor.children) && reload(editor);
  const fromY = (yTextToSlateElement(root) as unknown as { children: Descendant[] }).children;
  if (canonicalSlateJson(editor.children) === canonicalSlateJson(fromY)) return false;
  return reload(editor);
}

function isEmptyTree(children: readonly Descendant[]): boolean {
  const only = children[0] as { text?: unknown } | undefined;
  return children.length === 0 || (children.length === 1 && only?.text === '');
}

function reload(editor: YjsEditor): true {
  resyncFromYjs(editor);
  // connect() normalises; those ops go to Yjs now, not at the next remote update (docs/coediting.md#flush-local-changes-after-every-remote-update).
  YjsEditor.flushLocalChanges(editor);
  return true;
}
