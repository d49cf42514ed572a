import { CursorEditor, YjsEditor } from '@slate-yjs/core';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Editor, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { BodyConnection } from './collab/body-connection';
import { createSectionEditor } from './create-section-editor';
import { renderElement, renderLeaf } from './elements/element-views';
import { usePageEnv } from './page-env';
import { RemoteCursors } from './presence/remote-cursors';
import { handleSectionKey } from './section-keys';
import type { CursorData } from './slate-types';

const TEXT_OPS = new Set(['insert_text', 'remove_text', 'set_selection']);

/** Waits for the body doc's first sync, then mounts its editor (Editable before sync crashes: #323). */
export const SectionBody = memo(function SectionBody({ bodyId, guidance, label }: { bodyId: string; guidance: string; label: string }) {
  const { session } = usePageEnv();
  const conn = useMemo(() => session.body(bodyId), [session, bodyId]);
  const [synced, setSynced] = useState(conn.synced);
  useEffect(() => conn.onFirstSync(() => { performance.mark('synced:' + bodyId); setSynced(true); }), [conn, bodyId]);
  if (!synced) return <div className="section-loading muted" aria-busy="true">正在同步…</div>;
  return <SectionEditor bodyId={bodyId} conn={conn} guidance={guidance} label={label} />;
});

function SectionEditor({ bodyId, conn, guidance, label }: { bodyId: string; conn: BodyConnection; guidance: string; label: string }) {
  const env = usePageEnv();
  const { chain, numbering, active, user } = env;
  // Later changes of the cursor data are sent below without rebuilding the editor.
  const data = useRef<CursorData>({ name: user.name, color: user.color, dept: user.dept });
  const editor = useMemo(() => createSectionEditor(conn.root, conn.provider.awareness!, data.current), [conn]);
  const [connected, setConnected] = useState(false);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const focusKey = `body:${bodyId}`;

  useLayoutEffect(() => {
    performance.mark('connect-start:' + bodyId);
    YjsEditor.connect(editor);
    performance.mark('connect-end:' + bodyId);
    numbering.setBody(bodyId, editor.children);
    setConnected(true);
    return () => YjsEditor.disconnect(editor);
  }, [editor, bodyId, numbering]);

  useEffect(() => {
    CursorEditor.sendCursorData(editor, { name: user.name, color: user.color, dept: user.dept });
  }, [editor, user]);

  useEffect(() => chain.register(focusKey, {
    focusStart: () => focusAt(editor, 'start'),
    focusEnd: () => focusAt(editor, 'end'),
  }), [chain, editor, focusKey]);

  const onChange = useCallback(() => {
    if (editor.operations.some((op) => !TEXT_OPS.has(op.type))) numbering.setBody(bodyId, editor.children);
    // Also while the inspector has the focus: its edits must show there at once.
    if (ReactEditor.isFocused(editor) || active.get().editor === editor) active.report(bodyId, editor);
  }, [editor, bodyId, numbering, active]);

  const onKeyDown = useCallback((e: KeyboardEvent) => {
    handleSectionKey(e, editor, chain, focusKey);
  }, [editor, chain, focusKey]);

  if (!connected) return null;
  return (
    <div className="section-editor" ref={containerRef} data-body-id={bodyId}>
      <Slate editor={editor} initialValue={editor.children as Descendant[]} onChange={onChange}>
        <Editable
          className="section-editable"
          // A read-only grant is enforced by the server; the UI must not pretend otherwise (COEDITING.md §4.2).
          readOnly={conn.provider.authorizedScope === 'readonly'}
          aria-label={label}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          placeholder={guidance || '在此输入正文'}
          renderPlaceholder={({ attributes, children }) => <span {...attributes} className="guidance-placeholder">{children}</span>}
          onKeyDown={onKeyDown}
          onPaste={(e) => {
            // Handle every paste here, not via beforeinput, so Word HTML always goes through the cleaner.
            e.preventDefault();
            editor.insertData(e.clipboardData);
          }}
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

function focusAt(editor: Editor, where: 'start' | 'end'): void {
  ReactEditor.focus(editor);
  const point = where === 'start' ? Editor.start(editor, []) : Editor.end(editor, []);
  editor.select(point);
}
