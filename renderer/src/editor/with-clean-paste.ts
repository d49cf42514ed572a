import { Element, type Descendant, type Editor } from 'slate';
import { Ids } from '../../../main/common/model/ids';
import { plainTextBlocks } from './commands/clean-paste-text';
import { htmlToBlocks } from './commands/html-to-blocks';
import { insertPlainBlocks } from './commands/insert-plain-blocks';

/** Items copied inside the app keep their structure but get new ids, so no two items share one. */
function freshIds(nodes: Descendant[]): Descendant[] {
  return nodes.map((n) => (Element.isElement(n) && n.type === 'item' ? { ...n, id: Ids.create('m') } : n));
}

function slateFragment(data: DataTransfer): Descendant[] | null {
  const encoded = data.getData('application/x-slate-fragment');
  if (!encoded) return null;
  try {
    return JSON.parse(decodeURIComponent(window.atob(encoded))) as Descendant[];
  } catch {
    return null;
  }
}

/**
 * Paste: our own fragments keep their structure; anything from outside (Word, WPS, web pages) becomes
 * clean paragraphs of text, with no foreign styles and no typed-in numbering.
 */
export function withCleanPaste<T extends Editor & { insertData(data: DataTransfer): void }>(editor: T): T {
  editor.insertData = (data: DataTransfer) => {
    const fragment = slateFragment(data);
    if (fragment) {
      editor.insertFragment(freshIds(fragment));
      return;
    }
    const html = data.getData('text/html');
    const texts = html ? htmlToBlocks(html) : plainTextBlocks(data.getData('text/plain'));
    insertPlainBlocks(editor, { texts });
  };
  return editor;
}
