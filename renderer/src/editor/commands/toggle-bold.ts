import { Editor } from 'slate';

export function isBoldActive(editor: Editor): boolean {
  return Editor.marks(editor)?.bold === true;
}

/** Bold on/off with addMark/removeMark: never `bold: false` (slate-yjs #417, docs/coediting.md#flat-attributes-and-no-false-marks). */
export function toggleBold(editor: Editor, _args: Record<string, never> = {}): void {
  if (isBoldActive(editor)) Editor.removeMark(editor, 'bold');
  else Editor.addMark(editor, 'bold', true);
}
