import { Editor, Element, Transforms } from 'slate';
import { insertBreak } from './commands/insert-break';
import { ITEM_FIELDS } from './commands/item-fields';
import type { ElementType, PlanElement } from './slate-types';

const TOP_LEVEL: ReadonlySet<ElementType> = new Set(['paragraph', 'item', 'table']);

/**
 * The plan's body schema on a Slate editor. Enter is overridden (new ids on split); the normaliser only
 * removes or relabels what is invalid, never inserts anything (docs/coediting.md#normalisers-remove-never-insert-ids-at-creation: insert-if-missing
 * duplicates under concurrency), and never mints ids.
 */
export function withPlanSchema<T extends Editor>(editor: T): T {
  const { normalizeNode } = editor;
  editor.insertBreak = () => insertBreak(editor);
  // A 公文 has no soft line breaks: Shift+Enter is Enter.
  editor.insertSoftBreak = () => insertBreak(editor);
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && path.length === 1) {
      const el = node as PlanElement;
      if (!TOP_LEVEL.has(el.type)) {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
        return;
      }
      if (el.type === 'paragraph') {
        const stray = ITEM_FIELDS.filter((k) => k in el);
        if (stray.length > 0) {
          Transforms.unsetNodes(editor, stray, { at: path });
          return;
        }
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
