import { slatePointToRelativePosition, YjsEditor } from '@slate-yjs/core';
import { Node, Point, Text, Transforms, type Editor } from 'slate';
import { BodyComments } from '../../../main/common/collab/body-comments';
import { Suggestions, type ReviewNode } from '../../../main/common/review/suggestions';
import { decideSuggestions } from '../../../renderer/src/editor/commands/decide-suggestions';
import * as Y from 'yjs';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import { splitBlockWithFreshId } from '../../../main/common/collab/split-block';
import { DEPARTMENTS } from './fuzz-plan';
import { PLAN_DOC, setComposing, suggestAs, type FuzzEditor, type Peer } from './harness';

const WORDS = ['质量', '强县', '推进', '。', '，', '监督管理', '“标准”', '（一）', '计量', '检验检测', '95%', '年底前'];

export interface OpContext {
  rnd: () => number;
  undo: boolean;
  marks: boolean;
  /** 修订 and 批注: suggest-mode typing and deleting, accept/reject, comments, replies, resolve. */
  review?: boolean;
  /** Deterministic ids: a run replays exactly from its seed. */
  mintId: () => string;
  log: string[];
}

const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[int(rnd, xs.length)]!;

function randomPoint(editor: Editor, rnd: () => number, block?: number): Point | null {
  if (editor.children.length === 0) return null;
  const b = block ?? int(rnd, editor.children.length);
  const leaves = [...Node.texts(editor.children[b]!)];
  if (leaves.length === 0) return null;
  const [leaf, path] = pick(rnd, leaves);
  return { path: [b, ...path], offset: int(rnd, (leaf as Text).text.length + 1) };
}

function items(editor: Editor): number[] {
  return editor.children.flatMap((n, i) => ((n as { type?: string }).type === 'item' ? [i] : []));
}

type BodyOp = (editor: FuzzEditor, ctx: OpContext) => string;

function insertText(editor: FuzzEditor, { rnd }: OpContext): string {
  const at = randomPoint(editor, rnd);
  if (!at) return 'noop';
  Transforms.insertText(editor, pick(rnd, WORDS), { at });
  return 'insertText';
}

/** Within a block, or into the next one (which merges the two, as Delete across a boundary does). */
function deleteRange(editor: FuzzEditor, { rnd }: OpContext): string {
  const a = randomPoint(editor, rnd);
  const block = a ? Math.min(editor.children.length - 1, a.path[0]! + (rnd() < 0.2 ? 1 : 0)) : 0;
  const b = randomPoint(editor, rnd, block);
  if (!a || !b) return 'noop';
  // Backward ranges are fine: Transforms.delete uses the range's edges.
  Transforms.delete(editor, { at: { anchor: a, focus: b } });
  return 'delete';
}

function split(editor: FuzzEditor, ctx: OpContext): string {
  const at = randomPoint(editor, ctx.rnd);
  if (!at) return 'noop';
  splitBlockWithFreshId(editor, at, ctx.mintId);
  return 'split';
}

function merge(editor: FuzzEditor, { rnd }: OpContext): string {
  const n = editor.children.length;
  if (n < 2) return 'noop';
  Transforms.mergeNodes(editor, { at: [1 + int(rnd, n - 1)] });
  return 'merge';
}

function setItemFields(editor: FuzzEditor, { rnd }: OpContext): string {
  const its = items(editor);
  if (its.length === 0) return 'noop';
  const at = [pick(rnd, its)];
  const c = rnd();
  if (c < 0.45) Transforms.setNodes(editor, { leadUnits: DEPARTMENTS.filter(() => rnd() < 0.4) } as never, { at });
  else if (c < 0.85) Transforms.setNodes(editor, { deadline: `${2025 + int(rnd, 2)}年${1 + int(rnd, 12)}月底前` } as never, { at });
  // Clearing is an unset, never a null value (see splitBlockWithFreshId).
  else Transforms.unsetNodes(editor, 'deadline', { at });
  return 'setNodes';
}

/**
 * Concurrent bold/unbold over the same characters desyncs slate-yjs 1.0.2 (Slate tree ≠ Y text;
 * replay with FUZZ_MARKS=1 FUZZ_NO_HEAL=1). Only in the marks configuration: the other three then show
 * how often the binding needs the app's reload without its known trigger (the suites print the count).
 */
function bold(editor: FuzzEditor, ctx: OpContext): string {
  if (!ctx.marks) return 'noop';
  const a = randomPoint(editor, ctx.rnd);
  const b = a && randomPoint(editor, ctx.rnd, a.path[0]);
  if (!a || !b) return 'noop';
  const at = { anchor: a, focus: b };
  if (ctx.rnd() < 0.6) Transforms.setNodes(editor, { bold: true } as never, { at, match: Text.isText, split: true });
  else Transforms.unsetNodes(editor, 'bold', { at, match: Text.isText, split: true });
  return 'bold';
}

const REVIEWERS = [{ by: '张三', dept: '县商务局' }, { by: '李四', dept: '县财政局' }];

/** A suggest grant typing or deleting (the editor in suggest mode, as with-suggest-mode.ts does it). */
function suggest(editor: FuzzEditor, ctx: OpContext): string {
  if (!ctx.review) return 'noop';
  const a = randomPoint(editor, ctx.rnd);
  if (!a) return 'noop';
  suggestAs.current = pick(ctx.rnd, REVIEWERS);
  try {
    if (ctx.rnd() < 0.55) {
      Transforms.select(editor, a);
      editor.insertText(pick(ctx.rnd, WORDS));
      return 'suggestInsert';
    }
    const b = randomPoint(editor, ctx.rnd, a.path[0]);
    if (!b) return 'noop';
    Transforms.select(editor, { anchor: a, focus: b });
    if (ctx.rnd() < 0.5) editor.deleteFragment();
    else editor.deleteBackward('character');
    return 'suggestDelete';
  } finally {
    suggestAs.current = null;
  }
}

/** The owner accepting or rejecting one suggestion, one department's, or all. */
function decide(editor: FuzzEditor, ctx: OpContext): string {
  if (!ctx.review) return 'noop';
  const open = Suggestions.list(editor.children as unknown as ReviewNode[]);
  if (open.length === 0) return 'noop';
  const decision = ctx.rnd() < 0.5 ? 'accept' : 'reject';
  const c = ctx.rnd();
  const one = pick(ctx.rnd, open);
  decideSuggestions(editor, { decision, which: c < 0.5 ? (m) => m.id === one.id : c < 0.8 ? (m) => m.dept === one.dept : () => true });
  return `${decision}Suggestion`;
}

/** A comment on a random range, a reply, or resolve/reopen: through BodyComments on the editor's doc. */
function comment(editor: FuzzEditor, ctx: OpContext): string {
  if (!ctx.review) return 'noop';
  const root = (editor as unknown as YjsEditor).sharedRoot;
  const doc = root.doc!;
  const who = pick(ctx.rnd, REVIEWERS);
  const threads = BodyComments.threads(doc);
  const r = ctx.rnd();
  if (threads.length > 0 && r < 0.3) {
    BodyComments.reply(doc, { id: ctx.mintId(), parent: pick(ctx.rnd, threads).root.id, text: pick(ctx.rnd, WORDS), by: who.by, dept: who.dept, at: `t${ctx.log.length}` });
    return 'reply';
  }
  if (threads.length > 0 && r < 0.5) {
    const t = pick(ctx.rnd, threads);
    BodyComments.setResolved(doc, t.root.id, !t.root.resolved);
    return 'resolve';
  }
  const a = randomPoint(editor, ctx.rnd);
  const b = a && randomPoint(editor, ctx.rnd, a.path[0]);
  if (!a || !b) return 'noop';
  const [start, end] = Point.isBefore(b, a) ? [b, a] : [a, b];
  BodyComments.add(doc, {
    id: ctx.mintId(), start: slatePointToRelativePosition(root, editor, start), end: slatePointToRelativePosition(root, editor, end),
    quote: '', text: pick(ctx.rnd, WORDS), by: who.by, dept: who.dept, at: `t${ctx.log.length}`,
  });
  return 'comment';
}

function insertItem(editor: FuzzEditor, ctx: OpContext): string {
  const node = { type: 'item', id: ctx.mintId(), level: 3, role: 'measure', leadUnits: [], supportUnits: [], children: [{ text: pick(ctx.rnd, WORDS) }] };
  Transforms.insertNodes(editor, node as never, { at: [int(ctx.rnd, editor.children.length + 1)] });
  return 'insertItem';
}

function removeBlock(editor: FuzzEditor, { rnd }: OpContext): string {
  if (editor.children.length < 2) return 'noop';
  Transforms.removeNodes(editor, { at: [int(rnd, editor.children.length)] });
  return 'removeBlock';
}

function undo(editor: FuzzEditor, ctx: OpContext): string {
  if (!ctx.undo) return 'noop';
  editor.undo();
  return 'undo';
}

function redo(editor: FuzzEditor, ctx: OpContext): string {
  if (!ctx.undo) return 'noop';
  editor.redo();
  return 'redo';
}

/** Cumulative weights: one random number picks the op. */
const BODY_OPS: Array<[number, BodyOp]> = [
  [0.3, insertText], [0.42, deleteRange], [0.54, split], [0.62, merge], [0.72, setItemFields],
  [0.77, bold], [0.82, insertItem], [0.86, removeBlock], [0.94, undo], [1, redo],
];
/** With review ops: half of the edits are 修订, decisions and 批注 (the rest as above). */
const REVIEW_OPS: Array<[number, BodyOp]> = [[0.28, suggest], [0.4, decide], [0.5, comment]];

/** One random edit as a user makes it in a section editor. Returns the op name for the failure log. */
function bodyOp(editor: FuzzEditor, ctx: OpContext): string {
  const r = ctx.rnd();
  if (ctx.review) {
    const review = REVIEW_OPS.find(([w]) => r < w);
    if (review) return review[1](editor, ctx);
    return BODY_OPS.find(([w]) => (r - 0.5) * 2 < w)![1](editor, ctx);
  }
  return BODY_OPS.find(([w]) => r < w)![1](editor, ctx);
}

/** Outline reorder (move an id: delete + insert), section title typing, assignee change. */
function planOp(doc: Y.Doc, ctx: OpContext): string {
  const { rnd } = ctx;
  const r = rnd();
  const outline = PlanDocRoots.outline(doc);
  if (r < 0.5) {
    if (outline.length < 2) return 'noop';
    const from = int(rnd, outline.length);
    const id = outline.get(from);
    doc.transact(() => {
      outline.delete(from, 1);
      outline.insert(int(rnd, outline.length + 1), [id]);
    });
    return 'reorder';
  }
  const ids = [...PlanDocRoots.sections(doc).keys()].sort();
  const rec = PlanDocRoots.sections(doc).get(pick(rnd, ids));
  if (!rec) return 'noop';
  if (r < 0.8) {
    const title = rec.get('title') as Y.Text;
    if (title.length > 60 || rnd() < 0.3) title.delete(int(rnd, title.length), Math.min(2, title.length));
    else title.insert(int(rnd, title.length + 1), pick(rnd, WORDS));
    return 'title';
  }
  rec.set('assignee', rnd() < 0.2 ? null : pick(rnd, DEPARTMENTS));
  return 'assignee';
}

/** A random local operation on a peer; its editor is flushed at once (docs/coediting.md#flush-local-changes-after-every-remote-update). */
export function randomOp(peer: Peer, ctx: OpContext): void {
  const r = ctx.rnd();
  if (r < 0.12) {
    ctx.log.push(`peer${peer.id} plan ${planOp(peer.docs.get(PLAN_DOC)!, ctx)}`);
    return;
  }
  const names = [...peer.editors.keys()];
  const name = pick(ctx.rnd, names);
  if (r < 0.16) {
    // An IME composition opens or closes in this editor: meanwhile remote updates wait (ImeBuffer).
    const on = !peer.composing.has(name);
    setComposing(peer, name, on);
    ctx.log.push(`peer${peer.id} ${name.split(':').pop()} composition ${on ? 'start' : 'end'}`);
    return;
  }
  const editor = peer.editors.get(name)!;
  const op = bodyOp(editor, ctx);
  YjsEditor.flushLocalChanges(editor);
  ctx.log.push(`peer${peer.id} ${name.split(':').pop()} ${op}`);
}
