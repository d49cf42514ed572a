import { CursorEditor } from '@slate-yjs/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Descendant } from 'slate';
import { Editable, Slate, type RenderChunkProps, type RenderPlaceholderProps } from 'slate-react';
import type { BodyConnection } from './collab/body-connection';
import { renderElement, renderLeaf } from './elements/element-views';
import { usePageEnv } from './page-env';
import { RemoteCursors } from './presence/remote-cursors';
import { GuardedSection } from './section-boundary';
import { handleSectionKey } from './section-keys';
import { useBoundEditor } from './use-bound-editor';

/**
 * Mounts the body's editor once its doc holds the server's state, from the open-states response or the
 * first sync (an Editable over a doc without it crashes: slate-yjs #323), and then starts the body's
 * sync (a no-op when it runs already).
 */
export const SectionBody = memo(function SectionBody({ bodyId, guidance, label }: { bodyId: string; guidance: string; label: string }) {
  const { session } = usePageEnv();
  const conn = useMemo(() => session.body(bodyId), [session, bodyId]);
  const [ready, setReady] = useState(conn.ready);
  useEffect(() => conn.onReady(() => {
    performance.mark('ready:' + bodyId);
    setReady(true);
  }), [conn, bodyId]);
  // When the page is idle after its first render (React would run this effect in the same task as the
  // editors' second pass): the sync then only exchanges differences, and input is never queued behind
  // the burst of every section's sync at once.
  useEffect(() => (ready ? whenIdle(() => conn.startSync()) : undefined), [conn, ready]);
  if (!ready) return <div className="section-loading muted" aria-busy="true">正在同步…</div>;
  return (
    <GuardedSection conn={conn} bodyId={bodyId}>
      <SectionEditor bodyId={bodyId} conn={conn} guidance={guidance} label={label} />
    </GuardedSection>
  );
});

/** Soon, in an idle period (at most a second later); a plain task where requestIdleCallback is missing. Returns cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/** The guidance (写作提示) of an empty section shows as its placeholder: render-only, never a node. */
function renderPlaceholder({ attributes, children }: RenderPlaceholderProps) {
  return <span {...attributes} className="guidance-placeholder">{children}</span>;
}

/** Off-screen chunks of a long body skip layout and paint until scrolled to. */
function renderChunk({ attributes, lowest, children }: RenderChunkProps) {
  return <div {...attributes} className={lowest ? 'slate-chunk' : undefined}>{children}</div>;
}

function SectionEditor({ bodyId, conn, guidance, label }: { bodyId: string; conn: BodyConnection; guidance: string; label: string }) {
  const { chain, active } = usePageEnv();
  const { editor, connected, onChange } = useBoundEditor(bodyId, conn);
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
