import { slateNodesToInsertDelta } from '@slate-yjs/core';
import * as Y from 'yjs';
import { BlockSchema, type Block, type Body } from '../model/element-types';
import { Paragraph } from '../model/paragraph';
import { BODY_SHAPE } from './doc-shape';
import { DuplicateItemIds } from './duplicate-item-ids';
import { readYElement } from './read-y-element';

/** All text under a node, in order (the text leaves' strings); iterative, like every reader of stored data. */
function plainText(node: unknown): string {
  let out = '';
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as { text?: unknown; children?: unknown } | null;
    if (!n || typeof n !== 'object') continue;
    if (typeof n.text === 'string') out += n.text;
    else if (Array.isArray(n.children)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/**
 * A block as the model reads it. Yjs has no schema, so a writer can store attributes the model does not
 * know or values of the wrong type; such a block is read as a plain paragraph of its text — every
 * reader does the same, nobody's words are lost, and one bad block cannot make the plan unreadable.
 */
function readBlock(node: Record<string, unknown>): Block | null {
  const parsed = BlockSchema.safeParse(node);
  if (parsed.success) return parsed.data as Block;
  const text = plainText(node);
  return text ? { type: 'paragraph', children: [{ text }] } : null;
}

/** The shared root every section editor binds to with withYjs. */
export const BODY_ROOT = 'content';

export const BodyDoc = {
  root(doc: Y.Doc): Y.XmlText {
    return doc.get(BODY_ROOT, Y.XmlText);
  },
  /**
   * Write a body into an empty doc. An empty body becomes one empty paragraph, so no client ever has to
   * "insert if missing" (docs/coediting.md#normalisers-remove-never-insert-ids-at-creation: that duplicates under concurrency).
   */
  write(doc: Y.Doc, body: Body): void {
    const nodes = body.length > 0 ? body : [Paragraph.create()];
    doc.transact(() => {
      BodyDoc.root(doc).applyDelta(slateNodesToInsertDelta(nodes as never));
    }, 'seed');
  },
  /**
   * Read the body back as plan JSON; blocks the model does not know are read as their text (readBlock).
   * Never recurses deeper than a body can be (BODY_SHAPE), whatever is stored: deeper elements are read
   * as their text, so a hostile or damaged body cannot overflow the stack of the server or the export.
   */
  read(doc: Y.Doc): Body {
    // Concurrent removals can leave a body with no block at all; yTextToSlateElement would then invent
    // a bare text leaf, which is not a block. An empty body is simply [].
    if (BodyDoc.root(doc).length === 0) return [];
    const element = readYElement(BodyDoc.root(doc), BODY_SHAPE.maxTypeDepth) as { children: Array<Record<string, unknown>> };
    // Copies of one item id (concurrent undo of one deletion) read with the ids every peer derives.
    // In a root of elements only (anything else fails the schema below) children and delta match 1:1.
    for (const r of DuplicateItemIds.renames(BodyDoc.root(doc))) {
      const child = element.children[r.index];
      if (child?.['id'] === r.element.getAttribute('id')) element.children[r.index] = { ...child, id: r.id };
    }
    const body = element.children.map(readBlock).filter((b): b is Block => b !== null);
    return BodyDoc.isBlank(body) ? [] : body;
  },
  isBlank(body: Body): boolean {
    const only = body[0];
    return body.length === 0 || (body.length === 1 && only!.type === 'paragraph' && only!.children.every((l) => l.text === ''));
  },
};
