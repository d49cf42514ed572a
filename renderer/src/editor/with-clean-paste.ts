import { Element, type Descendant, type Editor } from 'slate';
import { Ids } from '../../../main/common/model/ids';
import { clipboardHtmlParagraphs } from '../../../main/common/paste/clipboard-html';
import { pasteBlocks } from '../../../main/common/paste/paste-blocks';
import { plainTextParagraphs } from '../../../main/common/paste/pasted-paragraph';
import type { SectionKind } from '../../../main/common/model/section';
import { insertPastedBlocks } from './commands/insert-pasted-blocks';

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
 * Paste: our own fragments keep their structure; anything from outside (Word, WPS, web pages) goes
 * through the importer's recognizer (main/common/paste): "（一）…" / "1．…" lines become items of their
 * level with their units and bold run-in title, other text clean paragraphs; no foreign styles, no typed
 * numbering (it is derived).
 */
export function withCleanPaste<T extends Editor & { insertData(data: DataTransfer): void }>(
  editor: T, sectionKind: () => SectionKind | null = () => null,
): T {
  editor.insertData = (data: DataTransfer) => {
    const fragment = slateFragment(data);
    if (fragment) {
      editor.insertFragment(freshIds(fragment));
      return;
    }
    const html = data.getData('text/html');
    const paragraphs = html ? clipboardHtmlParagraphs(html) : plainTextParagraphs(data.getData('text/plain'));
    insertPastedBlocks(editor, { blocks: pasteBlocks(paragraphs, { sectionKind: sectionKind(), newId: () => Ids.create('m') }) });
  };
  return editor;
}
