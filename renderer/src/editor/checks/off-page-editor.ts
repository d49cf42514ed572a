import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, type Editor } from 'slate';
import type { BodyConnection } from '../collab/body-connection';
import { withPlanSchema } from '../with-plan-schema';

/**
 * Run `edit` on a body the page does not show (the 印发通知's body, an attachment's sections): a
 * headless editor bound to the body's doc for the length of the edit, so the change reaches colleagues
 * as any edit does. Nothing happens on a read-only grant; waits for the body's first sync.
 */
export async function editOffPage(conn: BodyConnection, edit: (editor: Editor) => void): Promise<boolean> {
  if (conn.readOnly) return false;
  if (!conn.ready) await new Promise<void>((resolve) => { conn.onReady(resolve); });
  const editor = withPlanSchema(withYjs(createEditor(), conn.root, { autoConnect: false }));
  YjsEditor.connect(editor);
  try {
    edit(editor);
  } finally {
    YjsEditor.disconnect(editor);
  }
  return true;
}
