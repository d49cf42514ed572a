import { withYHistory, withYjs, YjsEditor, type YHistoryEditor } from '@slate-yjs/core';
import { createEditor, Element, Transforms, type Editor } from 'slate';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { ImeBuffer } from '../../../main/common/collab/ime-buffer';
import { encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { resyncIfDiverged } from '../../../main/common/collab/resync-if-diverged';
import { ITEM_ATTRIBUTES } from '../../../main/common/collab/split-block';
import { watchDuplicateItemIds } from '../../../main/common/collab/watch-duplicate-item-ids';
import { withResyncOnBindingError } from '../../../main/common/collab/with-resync-on-binding-error';
import { withSuggestMode, type SuggestAuthor } from '../../../renderer/src/editor/with-suggest-mode';
import { FUZZ_BODIES, FUZZ_PLAN_ID, fuzzPlan } from './fuzz-plan';
import { addDoc, NO_HEAL, type NetPeer } from './fuzz-network';

export type FuzzEditor = Editor & YjsEditor & YHistoryEditor;

export interface Peer extends NetPeer {
  /** Editors of the fuzzed bodies, by document name, bound to the local docs as in BodyConnection. */
  editors: Map<string, FuzzEditor>;
  /** The editors' docs, bridged to the network docs (`docs`) by an ImeBuffer, by document name. */
  locals: Map<string, Y.Doc>;
  bridges: Map<string, ImeBuffer>;
  /** Bodies with an IME composition open: their remote updates wait in the bridge. */
  composing: Set<string>;
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

/** Who suggests while a review op runs (suggest mode is on only then, as for a suggest grant's editor). */
export const suggestAs: { current: SuggestAuthor | null } = { current: null };

/** The app's section editor without React: withYjs (+ the binding-error guard) → withYHistory → schema → suggest mode. */
export function bindFuzzEditor(doc: Y.Doc, onResync: () => void = () => undefined): FuzzEditor {
  const yjs = withYjs(withBodySchema(createEditor()), BodyDoc.root(doc));
  const guarded = NO_HEAL ? yjs : withResyncOnBindingError(yjs, onResync);
  const editor = withSuggestMode(withYHistory(guarded, { captureTimeout: 0 }), () => suggestAs.current) as FuzzEditor;
  YjsEditor.connect(editor);
  return editor;
}

export const SEED_STATES = encodePlanDocs(FUZZ_PLAN_ID, fuzzPlan());
export const FUZZ_DOCS = FUZZ_BODIES.map((b) => DocNames.body(FUZZ_PLAN_ID, b));
export const PLAN_DOC = DocNames.plan(FUZZ_PLAN_ID);

/** A peer that has synced the server-seeded plan (the same seed bytes everywhere, as after sync). */
export function createPeer(id: number, peers: Peer[], clientId?: number): Peer {
  const peer: Peer = { id, docs: new Map(), editors: new Map(), locals: new Map(), bridges: new Map(), composing: new Set(), online: true, inbox: [] };
  const counted = () => (peer.resyncs = (peer.resyncs ?? 0) + 1);
  // Body network docs never write structs of their own (only the editors' docs do): another id.
  for (const [name, state] of SEED_STATES) addDoc(peer, peers, name, state, clientId === undefined || name === PLAN_DOC ? clientId : clientId + 2 ** 28);
  for (const name of FUZZ_DOCS) {
    // As BodyConnection: the editor's doc is bridged to the network doc by an ImeBuffer.
    const local = new Y.Doc();
    if (clientId !== undefined) local.clientID = clientId;
    peer.bridges.set(name, new ImeBuffer({ local, network: peer.docs.get(name)!, isComposing: () => peer.composing.has(name) }));
    peer.locals.set(name, local);
    if (!NO_HEAL) watchDuplicateItemIds(BodyDoc.root(local));
    peer.editors.set(name, bindFuzzEditor(local, counted));
  }
  // Slate's normaliser reacts to remote changes with local ops that must reach Yjs before the next
  // remote update (docs/coediting.md#flush-local-changes-after-every-remote-update): flush at once, then the app's divergence check.
  peer.afterApply = (msg) => settle(peer, msg.doc);
  return peer;
}

/** After remote changes reached an editor: flush it, then the app's divergence check (unless composing). */
export function settle(peer: Peer, name: string): void {
  const editor = peer.editors.get(name);
  if (!editor) return;
  YjsEditor.flushLocalChanges(editor);
  if (peer.resync && !NO_HEAL && !peer.composing.has(name) && resyncIfDiverged(editor)) (peer.resyncs = (peer.resyncs ?? 0) + 1);
}

/** An IME composition starts or ends in one of the peer's editors; at the end, what waited is applied. */
export function setComposing(peer: Peer, name: string, on: boolean): void {
  if (on) {
    peer.composing.add(name);
    return;
  }
  if (!peer.composing.delete(name)) return;
  peer.bridges.get(name)!.compositionEnd();
  settle(peer, name);
}
