import { relativePositionToSlatePoint, slatePointToRelativePosition } from '@slate-yjs/core';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { Editor, Point, Range, Text, type BaseRange } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { BodyComments, type CommentThread } from '../../../../main/common/collab/body-comments';
import type { SuggestMark } from '../../../../main/common/model/suggest-mark';
import { Suggestions, type OpenSuggestion, type ReviewNode } from '../../../../main/common/review/suggestions';
import type { BodyConnection } from '../collab/body-connection';
import { decideSuggestions } from '../commands/decide-suggestions';
import { usePageEnv } from '../page-env';
import { recordRoundDecisions } from '../review-round/record-round-decisions';
import { marginAnchor, useMarginColumn } from './stack-margins';

const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The viewport y of the line a range of the editor starts on (null when it is not in the DOM now). */
function lineTop(editor: Editor, range: BaseRange): number | null {
  const dom = ReactEditor.toDOMRange(editor as ReactEditor, range);
  const first = dom.getClientRects()[0] ?? dom.getBoundingClientRect();
  return first.height || first.width ? first.top : null;
}

/** The viewport y of the selection's first line (the 添加批注 box stands beside it). */
function selectionTop(editor: Editor): number | null {
  const sel = editor.selection;
  return sel ? lineTop(editor, { anchor: Range.start(sel), focus: Range.end(sel) }) : null;
}

/** The viewport y of the first text of a 修订 mark. */
function suggestionTop(editor: Editor, id: string): number | null {
  const [entry] = Editor.nodes(editor, { at: [], match: (n) => Text.isText(n) && (n as { suggest?: SuggestMark }).suggest?.id === id });
  if (!entry) return null;
  const rect = ReactEditor.toDOMNode(editor as ReactEditor, entry[0]).getClientRects()[0];
  return rect ? rect.top : null;
}

/** The comment threads of this body, re-read when the comments map changes. */
function useThreads(conn: BodyConnection): CommentThread[] {
  const doc = conn.local;
  const store = useMemo(() => {
    let cache = BodyComments.threads(doc);
    return {
      subscribe: (cb: () => void) => BodyComments.observe(doc, () => { cache = BodyComments.threads(doc); cb(); }),
      get: () => cache,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Each block's open suggestions, computed once per block object (Slate replaces only the blocks an edit touches). */
const blockSuggestions = new WeakMap<object, OpenSuggestion[]>();

/** Suggestions.list of the body, recomputing only the edited blocks: a keystroke costs one block, not the section. */
function listSuggestions(blocks: readonly ReviewNode[]): OpenSuggestion[] {
  const byId = new Map<string, OpenSuggestion>();
  for (const block of blocks) {
    let own = blockSuggestions.get(block);
    if (!own) {
      own = Suggestions.list([block]);
      blockSuggestions.set(block, own);
    }
    // One suggestion may run across blocks: its text is joined in document order, as Suggestions.list does.
    for (const s of own) {
      const seen = byId.get(s.id);
      if (seen) seen.text += s.text;
      else byId.set(s.id, { ...s });
    }
  }
  return [...byId.values()];
}

const sameSuggestions = (a: OpenSuggestion[] | null, b: OpenSuggestion[]) =>
  a !== null && a.length === b.length && a.every((s, i) => {
    const t = b[i]!;
    return s.id === t.id && s.kind === t.kind && s.dept === t.dept && s.by === t.by && s.text === t.text;
  });

/**
 * 修订 and 批注 of one section, in the margin beside it (issue #14): each open suggestion with 接受/拒绝
 * (owner, edit grant, the section's own department), per department and for all; comment threads with
 * replies and 解决/重新打开; 添加批注 on the selected text. Writes go through decideSuggestions and
 * BodyComments, never raw Yjs.
 */
export function ReviewMargin(props: { conn: BodyConnection; bodyId: string; readOnly: boolean }) {
  // Re-rendered only when what it shows changes, not on every keystroke in the section.
  const editor = useSlateStatic();
  const { user, session, numbering } = usePageEnv();
  const { conn } = props;
  const threads = useThreads(conn);
  const [draft, setDraft] = useState('');
  const [replyTo, setReplyTo] = useState<Record<string, string>>({});
  const suggestions = useSlateSelector((e) => listSuggestions(e.children as unknown as ReviewNode[]), sameSuggestions);
  const canDecide = !props.readOnly && conn.suggestDept === null;
  const canComment = conn.canComment;
  // Limited grants must sign with their invite's department (the server checks it).
  const dept = conn.grantDept ?? user.dept;
  const hasRange = useSlateSelector((e) => e.selection !== null && Range.isExpanded(e.selection));
  // Replacements, re-read when the suggestions change (not on every keystroke): [deletion id, insertion id].
  const replacements = useMemo(() => Suggestions.replacements(editor.children as unknown as ReviewNode[]), [editor, suggestions]);
  const partnerOf = new Map(replacements.flatMap(([d, i]) => [[d, i], [i, d]] as const));
  const rangeOf = (t: CommentThread): BaseRange | null => {
    const anchor = BodyComments.anchor(t.root);
    const a = anchor && relativePositionToSlatePoint(conn.root, editor, anchor.start);
    const b = anchor && relativePositionToSlatePoint(conn.root, editor, anchor.end);
    return a && b ? { anchor: a, focus: b } : null;
  };
  const quoteOf = (t: CommentThread) => {
    const range = rangeOf(t);
    const [a, b] = range ? [range.anchor, range.focus] : [null, null];
    try {
      return a && b ? Editor.string(editor, { anchor: a, focus: b }) || t.root.quote : t.root.quote;
    } catch {
      return t.root.quote;
    }
  };
  // The quoted text of each thread as it reads now (a colleague may have edited it).
  useSlateSelector(() => threads.map((t) => quoteOf(t)).join('\u0000'));
  // Threads in the order of their text (cards are stacked in that order beside it); lost anchors last.
  const sorted = threads.map((t) => ({ t, at: rangeOf(t)?.anchor ?? null }))
    .sort((x, y) => (x.at && y.at ? Point.compare(x.at, y.at) : x.at ? -1 : y.at ? 1 : 0)).map((x) => x.t);
  const threadTop = (t: CommentThread) => {
    const range = rangeOf(t);
    return range ? lineTop(editor, { anchor: Range.start(range), focus: Range.end(range) }) : null;
  };
  const showing = suggestions.length > 0 || threads.length > 0 || (canComment && hasRange);
  useMarginColumn(showing);
  if (!showing) return null;

  const decide = (decision: 'accept' | 'reject', picked: (m: SuggestMark) => boolean) => {
    // A replacement (a deletion and the insertion next to it) is one opinion in the 采纳情况表 and one
    // card here: deciding it decides both marks, so the text and the table agree.
    const chosen = new Set(suggestions.filter(picked).map((s) => s.id));
    for (const [del, ins] of replacements) if (chosen.has(del) || chosen.has(ins)) chosen.add(del).add(ins);
    const which = (m: SuggestMark) => chosen.has(m.id);
    // Where each one stands (as the 采纳情况表 cites it), read before the text changes.
    const decided = suggestions.filter(which).map((suggestion) => ({ suggestion, place: placeOf(suggestion.id) }));
    decideSuggestions(editor, { decision, which });
    // Only those who may write the plan doc (owner, edit grant) keep the round; a department deciding in its own section does not.
    if (!session.planReadOnly) recordRoundDecisions(session.planDoc, decided, decision);
  };
  const placeOf = (markId: string) => {
    const blocks = editor.children as unknown as ReviewNode[];
    const block = blocks.find((b) => Suggestions.list([b]).some((s) => s.id === markId));
    const item = block && block['type'] === 'item' ? numbering.label(String(block['id'])) : '';
    return `${numbering.label(props.bodyId)}${item}`;
  };
  const depts = [...new Set(suggestions.map((s) => s.dept))];
  const addComment = () => {
    const selection = editor.selection;
    if (!selection || !draft.trim()) return;
    const [start, end] = Range.edges(selection);
    BodyComments.add(conn.local, {
      id: newId('cm'), start: slatePointToRelativePosition(conn.root, editor, start), end: slatePointToRelativePosition(conn.root, editor, end),
      quote: Editor.string(editor, selection).slice(0, 200), text: draft.trim(), by: user.name, dept, at: new Date().toISOString(),
    });
    setDraft('');
  };
  return (
    <aside className="review-margin" aria-label="修订和批注" contentEditable={false}>
      {suggestions.length > 0 && (
        <section aria-label="修订">
          <h4 data-margin-unit="next">修订（{suggestions.length - replacements.length}）</h4>
          <ul>
            {suggestions.map((s) => {
              const other = suggestions.find((x) => x.id === partnerOf.get(s.id));
              // A replacement shows once, at its first half: 替换：old → new.
              if (other && suggestions.indexOf(other) < suggestions.indexOf(s)) return null;
              const [del, ins] = other ? (s.kind === 'del' ? [s, other] : [other, s]) : [null, null];
              return (
              <li key={s.id} className={`review-item suggest-${other ? 'replace' : s.kind}-card`} data-margin-unit="" ref={marginAnchor(() => suggestionTop(editor, s.id))}>
                <div className="review-who">{s.dept}{s.by ? ` · ${s.by}` : ''}</div>
                {del && ins
                  ? <div>替换：<span className="suggest-del">{del.text}</span> → <span className="suggest-ins">{ins.text}</span></div>
                  : <div>{s.kind === 'ins' ? '插入' : '删除'}：<span className={`suggest-${s.kind}`}>{s.text}</span></div>}
                {canDecide && (
                  <div className="review-actions">
                    <button type="button" onClick={() => decide('accept', (m) => m.id === s.id)}>接受</button>
                    <button type="button" onClick={() => decide('reject', (m) => m.id === s.id)}>拒绝</button>
                  </div>
                )}
              </li>
              );
            })}
          </ul>
          {canDecide && (
            <div className="review-actions" data-margin-unit="prev">
              {depts.length > 1 && depts.map((d) => (
                <button key={d} type="button" onClick={() => decide('accept', (m) => m.dept === d)}>接受{d}的全部修订</button>
              ))}
              <button type="button" onClick={() => decide('accept', () => true)}>全部接受</button>
              <button type="button" onClick={() => decide('reject', () => true)}>全部拒绝</button>
            </div>
          )}
        </section>
      )}
      {canComment && hasRange && (
        <section aria-label="添加批注" className="review-new" data-margin-unit="" ref={marginAnchor(() => selectionTop(editor))}>
          <textarea value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="对选中的文字添加批注" aria-label="批注内容" rows={2} />
          <button type="button" className="primary" disabled={!draft.trim()} onMouseDown={(e) => e.preventDefault()} onClick={addComment}>添加批注</button>
        </section>
      )}
      {threads.length > 0 && (
        <section aria-label="批注">
          <h4 data-margin-unit="next">批注（{threads.filter((t) => !t.root.resolved).length}）</h4>
          <ul>
            {sorted.map((t) => (
              <li key={t.root.id} className={`review-item comment-card${t.root.resolved ? ' resolved' : ''}`} data-margin-unit="" tabIndex={canComment ? 0 : undefined} ref={marginAnchor(() => threadTop(t))}>
                <blockquote>{quoteOf(t)}</blockquote>
                <div className="review-who">{t.root.dept} · {t.root.by}{t.root.resolved ? '（已解决）' : ''}</div>
                <p>{t.root.text}</p>
                {t.replies.map((r) => <p key={r.id} className="review-reply"><b>{r.dept} · {r.by}：</b>{r.text}</p>)}
                {canComment && (
                  <div className="review-actions">
                    <input value={replyTo[t.root.id] ?? ''} onChange={(e) => setReplyTo({ ...replyTo, [t.root.id]: e.target.value })} placeholder="回复" aria-label="回复批注" />
                    <button type="button" disabled={!(replyTo[t.root.id] ?? '').trim()} onClick={() => {
                      BodyComments.reply(conn.local, { id: newId('cm'), parent: t.root.id, text: (replyTo[t.root.id] ?? '').trim(), by: user.name, dept, at: new Date().toISOString() });
                      setReplyTo({ ...replyTo, [t.root.id]: '' });
                    }}>回复</button>
                    {(conn.grantDept === null || t.root.dept === dept) && (
                      <button type="button" onClick={() => BodyComments.setResolved(conn.local, t.root.id, !t.root.resolved)}>{t.root.resolved ? '重新打开' : '解决'}</button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

