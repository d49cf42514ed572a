import { CursorEditor, YjsEditor } from '@slate-yjs/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { BodyConnection } from './collab/body-connection';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { createSectionEditor } from './create-section-editor';
import { usePageEnv } from './page-env';
import type { CursorData } from './slate-types';

const TEXT_OPS = new Set(['insert_text', 'remove_text', 'set_selection']);

/**
 * The Slate editor of one synced body doc: connected to Yjs, registered in the focus chain, reporting
 * structure changes to the numbering and the caret to the toolbar/inspector. (The performance marks are
 * the milestones tests/bench/editor-bench.ts reads.)
 */
export function useBoundEditor(bodyId: string, conn: BodyConnection): { editor: Editor; connected: boolean; onChange(): void } {
  const { chain, numbering, active, user, session } = usePageEnv();
  // Later changes of the cursor data are sent below without rebuilding the editor.
  const data = useRef<CursorData>({ name: user.name, color: user.color, dept: user.dept });
  const editor = useMemo(() => createSectionEditor(
    conn.root, conn.provider.awareness!, data.current,
    () => PlanDoc.outline(session.planDoc).find((s) => s.id === bodyId)?.kind ?? null,
    () => {
      const dept = conn.suggestDept;
      return dept === null ? null : { by: data.current.name, dept };
    },
  ), [conn]);
  const [connected, setConnected] = useState(false);

  useLayoutEffect(() => {
    performance.mark('connect-start:' + bodyId);
    YjsEditor.connect(editor);
    performance.mark('connect-end:' + bodyId);
    numbering.setBody(bodyId, editor.children);
    setConnected(true);
    const unguard = conn.guardEditor(editor as unknown as YjsEditor);
    return () => {
      unguard();
      YjsEditor.disconnect(editor);
    };
  }, [editor, bodyId, numbering, conn]);

  useEffect(() => {
    CursorEditor.sendCursorData(editor, { name: user.name, color: user.color, dept: user.dept });
  }, [editor, user]);

  useEffect(() => chain.register(`body:${bodyId}`, {
    focusStart: () => focusAt(editor, 'start'),
    focusEnd: () => focusAt(editor, 'end'),
  }), [chain, editor, bodyId]);

  const onChange = useCallback(() => {
    // No operations: the tree was replaced wholesale (connect, or a reload from Yjs after a binding error).
    if (editor.operations.length === 0 || editor.operations.some((op) => !TEXT_OPS.has(op.type))) numbering.setBody(bodyId, editor.children);
    // Also while the inspector has the focus: its edits must show there at once.
    if (ReactEditor.isFocused(editor) || active.get().editor === editor) active.report(bodyId, editor);
  }, [editor, bodyId, numbering, active]);

  return { editor, connected, onChange };
}

function focusAt(editor: Editor, where: 'start' | 'end'): void {
  ReactEditor.focus(editor);
  const point = where === 'start' ? Editor.start(editor, []) : Editor.end(editor, []);
  editor.select(point);
}
