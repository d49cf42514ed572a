import { withYHistory, withYjs, YjsEditor, type YHistoryEditor } from '@slate-yjs/core';
import { createEditor, Element, Transforms, type Editor } from 'slate';
import type * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { resyncIfDiverged } from '../../../main/common/collab/resync-if-diverged';
import { ITEM_ATTRIBUTES } from '../../../main/common/collab/split-block';
import { watchDuplicateItemIds } from '../../../main/common/collab/watch-duplicate-item-ids';
import { withResyncOnBindingError } from '../../../main/common/collab/with-resync-on-binding-error';
import { FUZZ_BODIES, FUZZ_PLAN_ID, fuzzPlan } from './fuzz-plan';
import { addDoc, NO_HEAL, type NetPeer } from './fuzz-network';

export type FuzzEditor = Editor & YjsEditor & YHistoryEditor;

export interface Peer extends NetPeer {
  /** Editors of the fuzzed bodies, by document name. */
  editors: Map<string, FuzzEditor>;
  /** Run resyncIfDiverged after every remote update (the app's guard against the marks desync). */
  resync?: boolean;
  /** How often the editor guards reloaded a tree from Yjs (resyncIfDiverged, or a binding error). */
  resyncs?: number;
}

/**
 * The renderer's body schema rules (renderer/src/editor/with-plan-schema.ts), restated for a headless
 * editor: relabel unknown blocks, strip item attributes from paragraphs; never insert, never mint ids.
 */
function withBodySchema<T extends Editor>(editor: T): T {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && path.length === 1) {
      const el = node as unknown as Record<string, unknown>;
      if (el['type'] !== 'paragraph' && el['type'] !== 'item') {
        Transforms.setNodes(editor, { type: 'paragraph' } as never, { at: path });
        return;
      }
      const stray = el['type'] === 'paragraph' ? ITEM_ATTRIBUTES.filter((k) => k in el) : [];
      if (stray.length > 0) {
        Transforms.unsetNodes(editor, stray, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

/** The app's section editor without React: withYjs (+ the binding-error guard) → withYHistory → schema. */
export function bindFuzzEditor(doc: Y.Doc, onResync: () => void = () => undefined): FuzzEditor {
  const yjs = withYjs(withBodySchema(createEditor()), BodyDoc.root(doc));
  const guarded = NO_HEAL ? yjs : withResyncOnBindingError(yjs, onResync);
  const editor = withYHistory(guarded, { captureTimeout: 0 }) as FuzzEditor;
  YjsEditor.connect(editor);
  return editor;
}

export const SEED_STATES = encodePlanDocs(FUZZ_PLAN_ID, fuzzPlan());
export const FUZZ_DOCS = FUZZ_BODIES.map((b) => DocNames.body(FUZZ_PLAN_ID, b));
export const PLAN_DOC = DocNames.plan(FUZZ_PLAN_ID);

/** A peer that has synced the server-seeded plan (the same seed bytes everywhere, as after sync). */
export function createPeer(id: number, peers: Peer[], clientId?: number): Peer {
  const peer: Peer = { id, docs: new Map(), editors: new Map(), online: true, inbox: [] };
  const counted = () => (peer.resyncs = (peer.resyncs ?? 0) + 1);
  for (const [name, state] of SEED_STATES) addDoc(peer, peers, name, state, clientId);
  for (const name of FUZZ_DOCS) {
    const doc = peer.docs.get(name)!;
    if (!NO_HEAL) watchDuplicateItemIds(BodyDoc.root(doc));
    peer.editors.set(name, bindFuzzEditor(doc, counted));
  }
  // Slate's normaliser reacts to remote changes with local ops that must reach Yjs before the next
  // remote update (COEDITING.md §2.3): flush at once, then the app's divergence check.
  peer.afterApply = (msg) => {
    const editor = peer.editors.get(msg.doc);
    if (!editor) return;
    YjsEditor.flushLocalChanges(editor);
    if (peer.resync && !NO_HEAL && resyncIfDiverged(editor)) counted();
  };
  return peer;
}
