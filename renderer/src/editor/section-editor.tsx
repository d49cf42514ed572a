import { CursorEditor } from '@slate-yjs/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent, type MutableRefObject } from 'react';
import { Editor, type Descendant, type Element as SlateElement } from 'slate';
import { Editable, ReactEditor, Slate, type RenderChunkProps, type RenderPlaceholderProps } from 'slate-react';
import type { BodyConnection } from './collab/body-connection';
import { confirmBlockReview } from './commands/confirm-block-review';
import { renderElement, renderLeaf } from './elements/element-views';
import { ConfirmReviewContext } from './elements/review-badge';
import { ReviewMargin } from './review/review-margin';
import { useMountScheduler } from './mount-scheduler';
import { whenIdle } from './when-idle';
import { usePageEnv } from './page-env';
import { RemoteCursors } from './presence/remote-cursors';
import { GuardedSection } from './section-boundary';
import { handleSectionKey } from './section-keys';
import { scrollCaretIntoView } from './scroll-caret-into-view';
import { StaticBody } from './static-body';
import { useBoundEditor } from './use-bound-editor';
import { checkDecorator } from './checks/finding-range';

/**
 * Mounts the body's editor once its doc holds the server's state, from the open-states response or the
 * first sync (an Editable over a doc without it crashes: slate-yjs #323), and then starts the body's
 * sync (a no-op when it runs already).
 */
export const SectionBody = memo(function SectionBody({ bodyId, guidance, label, assignee = null }: { bodyId: string; guidance: string; label: string; assignee?: string | null }) {
  const { session, chain } = usePageEnv();
  const scheduler = useMountScheduler();
  const conn = useMemo(() => session.body(bodyId), [session, bodyId]);
  const readOnly = useSyncExternalStore(conn.subscribeAccess, () => conn.readOnly);
  const [ready, setReady] = useState(conn.ready);
  // Without a scheduler the editor mounts at once.
  const [mounted, setMounted] = useState(!scheduler);
  const focusOnMount = useRef<FocusRequest | null>(null);
  const anchor = useRef<HTMLDivElement | null>(null);
  useEffect(() => conn.onReady(() => {
    performance.mark('ready:' + bodyId);
    setReady(true);
  }), [conn, bodyId]);
  useEffect(() => {
    if (!ready || mounted || !scheduler) return undefined;
    return scheduler.request(bodyId, anchor.current, () => setMounted(true));
  }, [scheduler, bodyId, ready, mounted]);
  // Keyboard navigation into a section whose editor is not mounted yet mounts it and lands there.
  useEffect(() => {
    if (!ready || mounted) return undefined;
    const activate = (where: FocusRequest) => {
      focusOnMount.current = where;
      setMounted(true);
    };
    return chain.register(`body:${bodyId}`, { focusStart: () => activate('start'), focusEnd: () => activate('end') });
  }, [chain, bodyId, ready, mounted]);
  // When the page is idle after its first render (React would run this effect in the same task as the
  // editors' second pass): the sync then only exchanges differences, and input is never queued behind
  // the burst of every section's sync at once.
  useEffect(() => (ready ? whenIdle(() => conn.startSync()) : undefined), [conn, ready]);
  // Far from the screen in a long plan, the editor goes back to text (MOUNTED_EDITOR_BUDGET).
  const release = useCallback(() => {
    setMounted(false);
    return true;
  }, []);
  if (!ready) return <div className="section-loading muted" aria-busy="true">正在同步…</div>;
  // Both the text-first view and the editor behind one error boundary (section-boundary.tsx).
  if (!mounted) {
    return (
      <GuardedSection conn={conn} bodyId={bodyId}>
        <div ref={anchor} className={readOnly ? 'section-locked' : undefined}>
          {readOnly && assignee && <LockedBadge assignee={assignee} />}
          <StaticBody bodyId={bodyId} conn={conn} guidance={guidance} onActivate={(point) => {
            focusOnMount.current = point ?? 'end';
            setMounted(true);
          }} />
        </div>
      </GuardedSection>
    );
  }
  return (
    <GuardedSection conn={conn} bodyId={bodyId}>
      <SectionEditor bodyId={bodyId} conn={conn} guidance={guidance} label={label} assignee={assignee} focusOnMount={focusOnMount} onRelease={release} />
    </GuardedSection>
  );
});

function LockedBadge({ assignee }: { assignee: string }) {
  return <span className="locked-badge" aria-hidden="true">由{assignee}负责 · 只读</span>;
}

/** Where the caret goes when an editor mounts because the user reached its section. */
type FocusRequest = 'start' | 'end' | { x: number; y: number };

/** The guidance (写作提示) of an empty section shows as its placeholder: render-only, never a node. */
function renderPlaceholder({ attributes, children }: RenderPlaceholderProps) {
  return <span {...attributes} className="guidance-placeholder">{children}</span>;
}

/** Off-screen chunks of a long body skip layout and paint until scrolled to. */
function renderChunk({ attributes, lowest, children }: RenderChunkProps) {
  return <div {...attributes} className={lowest ? 'slate-chunk' : undefined}>{children}</div>;
}

/** Why a read-only section cannot be changed, in the words shown to the user. */
function lockedReason(assignee: string | null): string {
  return assignee ? `该章节由${assignee}负责，您不能修改；如需修改，请联系${assignee}或计划创建者。` : '您只有查看权限，不能修改此处。';
}

function SectionEditor({ bodyId, conn, guidance, label, assignee, focusOnMount, onRelease }: {
  bodyId: string;
  conn: BodyConnection;
  guidance: string;
  label: string;
  assignee: string | null;
  focusOnMount: MutableRefObject<FocusRequest | null>;
  /** Unmount this editor (back to text); the scheduler calls it when the editor is far from the screen. */
  onRelease(): boolean;
}) {
  const { chain, active, checks } = usePageEnv();
  const scheduler = useMountScheduler();
  const { editor, connected, onChange } = useBoundEditor(bodyId, conn);
  // 公文体检: this body's findings underlined (a list keeps its identity while unchanged: no re-decoration).
  const findings = useSyncExternalStore(checks.subscribe, () => checks.get().byBody.get(bodyId));
  const decorate = useMemo(() => checkDecorator(editor, findings ?? []), [editor, findings]);
  useEffect(() => (connected ? checks.registerEditor(bodyId, editor) : undefined), [checks, bodyId, editor, connected]);
  // Mounted because the user clicked or moved into it: in a locked section that was an attempt to edit.
  const [tried, setTried] = useState(() => focusOnMount.current !== null && conn.readOnly);
  useEffect(() => {
    const where = focusOnMount.current;
    if (!connected || !where) return;
    focusOnMount.current = null;
    placeCaret(editor, where);
  }, [connected, editor, focusOnMount]);
  const containerRef = useRef<HTMLDivElement | null>(null);
  // Never released while the user is in it: the focus (caret, a 批注 being typed) or the toolbar's section.
  useEffect(() => {
    if (!connected || !scheduler) return undefined;
    return scheduler.hold(bodyId, containerRef.current, () => {
      if (containerRef.current?.contains(document.activeElement) || active.get().bodyId === bodyId) return false;
      return onRelease();
    });
  }, [connected, scheduler, bodyId, active, onRelease]);
  // A read-only grant is enforced by the server; the UI must not pretend otherwise (docs/coediting.md#hocuspocus-4-behaviour-we-rely-on).
  // Known from the open-states response before the provider authenticates; a new grant shows at once.
  const readOnly = useSyncExternalStore(conn.subscribeAccess, () => conn.readOnly);
  const onKeyDown = useCallback((e: KeyboardEvent) => {
    handleSectionKey(e, editor, chain, `body:${bodyId}`);
  }, [editor, chain, bodyId]);
  // Every paste is handled here, not via beforeinput, so Word HTML always goes through the cleaner.
  const onPaste = useCallback((e: ClipboardEvent) => {
    e.preventDefault();
    if (!readOnly) editor.insertData(e.clipboardData);
  }, [editor, readOnly]);
  const confirmReview = useCallback((element: SlateElement) => confirmBlockReview(editor, element), [editor]);
  // A locked section says so, and says why as soon as someone tries to type in it (it gets no caret).
  useEffect(() => {
    if (!readOnly) setTried(false);
  }, [readOnly]);
  if (!connected) return null;
  const tryLocked = readOnly ? {
    tabIndex: -1,
    onMouseDown: () => setTried(true),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key.length === 1 || e.key === 'Enter' || e.key === 'Backspace' || e.key === 'Delete' || e.key === 'Process') setTried(true);
    },
    onBlur: () => setTried(false),
  } : {};
  return (
    <div className={`section-editor${readOnly ? ' section-locked' : ''}`} ref={containerRef} data-body-id={bodyId} {...tryLocked}>
      {readOnly && assignee && <LockedBadge assignee={assignee} />}
      {readOnly && tried && <p className="locked-message" role="status">{lockedReason(assignee)}</p>}
      <Slate editor={editor} initialValue={editor.children as Descendant[]} onChange={onChange}>
        <ConfirmReviewContext.Provider value={readOnly ? null : confirmReview}>
        <Editable
          className="section-editable"
          readOnly={readOnly}
          aria-label={label}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          decorate={decorate}
          placeholder={guidance || '在此输入正文'}
          renderPlaceholder={renderPlaceholder}
          renderChunk={renderChunk}
          scrollSelectionIntoView={scrollCaretIntoView}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onFocus={() => active.report(bodyId, editor)}
          // The caret leaves with the focus; the next selection change in the focused editor sends it again.
          onBlur={() => CursorEditor.sendCursorPosition(editor, null)}
          onCompositionStart={() => conn.setComposing(true)}
          onCompositionEnd={() => conn.setComposing(false)}
          spellCheck={false}
        />
        </ConfirmReviewContext.Provider>
        <RemoteCursors containerRef={containerRef} />
        <ReviewMargin conn={conn} bodyId={bodyId} readOnly={readOnly} />
      </Slate>
    </div>
  );
}

/** The caret at the start or end of the body, or where the user pressed on its static text. */
function placeCaret(editor: Editor, where: FocusRequest): void {
  ReactEditor.focus(editor);
  if (typeof where !== 'string') {
    const range = caretRangeAt(where.x, where.y);
    const point = range && ReactEditor.toSlatePoint(editor, [range.startContainer, range.startOffset], { exactMatch: false, suppressThrow: true });
    if (point) {
      editor.select(point);
      return;
    }
  }
  editor.select(where === 'start' ? Editor.start(editor, []) : Editor.end(editor, []));
}

function caretRangeAt(x: number, y: number): Range | null {
  if (typeof document.caretRangeFromPoint === 'function') return document.caretRangeFromPoint(x, y);
  const pos = (document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(x, y);
  if (!pos) return null;
  const range = document.createRange();
  range.setStart(pos.offsetNode, pos.offset);
  return range;
}
