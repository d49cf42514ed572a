import { CursorEditor } from '@slate-yjs/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent, type MutableRefObject } from 'react';
import { Editor, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate, type RenderChunkProps, type RenderPlaceholderProps } from 'slate-react';
import type { BodyConnection } from './collab/body-connection';
import { renderElement, renderLeaf } from './elements/element-views';
import { useMountScheduler, whenIdle } from './mount-scheduler';
import { usePageEnv } from './page-env';
import { RemoteCursors } from './presence/remote-cursors';
import { handleSectionKey } from './section-keys';
import { StaticBody } from './static-body';
import { useBoundEditor } from './use-bound-editor';

/**
 * Mounts the body's editor once its doc holds the server's state, from the open-states response or the
 * first sync (an Editable over a doc without it crashes: slate-yjs #323), and then starts the body's
 * sync (a no-op when it runs already).
 */
export const SectionBody = memo(function SectionBody({ bodyId, guidance, label }: { bodyId: string; guidance: string; label: string }) {
  const { session, chain } = usePageEnv();
  const scheduler = useMountScheduler();
  const conn = useMemo(() => session.body(bodyId), [session, bodyId]);
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
  if (!ready) return <div className="section-loading muted" aria-busy="true">正在同步…</div>;
  if (!mounted) {
    return (
      <div ref={anchor}>
        <StaticBody bodyId={bodyId} conn={conn} guidance={guidance} onActivate={(point) => {
          focusOnMount.current = point ?? 'end';
          setMounted(true);
        }} />
      </div>
    );
  }
  return <SectionEditor bodyId={bodyId} conn={conn} guidance={guidance} label={label} focusOnMount={focusOnMount} />;
});

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

function SectionEditor({ bodyId, conn, guidance, label, focusOnMount }: {
  bodyId: string;
  conn: BodyConnection;
  guidance: string;
  label: string;
  focusOnMount: MutableRefObject<FocusRequest | null>;
}) {
  const { chain, active } = usePageEnv();
  const { editor, connected, onChange } = useBoundEditor(bodyId, conn);
  useEffect(() => {
    const where = focusOnMount.current;
    if (!connected || !where) return;
    focusOnMount.current = null;
    placeCaret(editor, where);
  }, [connected, editor, focusOnMount]);
  const containerRef = useRef<HTMLDivElement | null>(null);
  // A read-only grant is enforced by the server; the UI must not pretend otherwise (COEDITING.md §4.2).
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
  if (!connected) return null;
  return (
    <div className="section-editor" ref={containerRef} data-body-id={bodyId}>
      <Slate editor={editor} initialValue={editor.children as Descendant[]} onChange={onChange}>
        <Editable
          className="section-editable"
          readOnly={readOnly}
          aria-label={label}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          placeholder={guidance || '在此输入正文'}
          renderPlaceholder={renderPlaceholder}
          renderChunk={renderChunk}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onFocus={() => active.report(bodyId, editor)}
          // The caret leaves with the focus; the next selection change in the focused editor sends it again.
          onBlur={() => CursorEditor.sendCursorPosition(editor, null)}
          onCompositionStart={() => conn.setComposing(true)}
          onCompositionEnd={() => conn.setComposing(false)}
          spellCheck={false}
        />
        <RemoteCursors containerRef={containerRef} />
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
