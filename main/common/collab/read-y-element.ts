import * as Y from 'yjs';

/** A Slate node as slate-yjs reads it: an element (attributes + children) or a text leaf. */
export type SlateNode = Record<string, unknown>;

/**
 * All text under a shared type, in document order, without recursion: stored data may nest deeper than
 * the stack (before the gate checked updates, a 20,000-deep Y.XmlText could be stored). Embedded
 * elements are separated by a newline, so paragraphs of a flattened table stay apart.
 */
export function flatText(type: Y.XmlText | Y.Text): string {
  let out = '';
  // A stack of "next item to visit" per open level.
  const stack: Array<Y.Item | null> = [type._start];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (!item) continue;
    stack.push(item.right);
    if (item.deleted) continue;
    const content = item.content;
    if (content instanceof Y.ContentString) out += content.str;
    else if (content instanceof Y.ContentType && content.type instanceof Y.Text) {
      if (out && !out.endsWith('\n')) out += '\n';
      stack.push(content.type._start);
    }
  }
  return out;
}

/** A title or other short text that should be a Y.Text, read without trusting its nesting. */
export function textValue(value: unknown): string {
  if (value instanceof Y.XmlText) return flatText(value); // XmlText.toString() recurses into embeds
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}

/**
 * Like slate-yjs's yTextToSlateElement, but never deeper than `maxDepth` elements below `root`: an element
 * nested deeper (which no body of ours has: doc-shape.ts BODY_SHAPE) is read as a text leaf of its flat
 * text, so its words survive and the reader's own recursion is bounded.
 */
export function readYElement(root: Y.XmlText, maxDepth: number): SlateNode {
  return element(root, 0, maxDepth);
}

function element(yText: Y.XmlText, depth: number, maxDepth: number): SlateNode {
  const children: SlateNode[] = [];
  for (const op of yText.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    if (typeof op.insert === 'string') {
      if (op.insert.length === 0) continue;
      const prev = children[children.length - 1];
      if (prev && typeof prev['text'] === 'string' && sameMarks(prev, op.attributes)) prev['text'] += op.insert;
      else children.push({ ...op.attributes, text: op.insert });
    } else if (op.insert instanceof Y.XmlText) {
      children.push(depth + 1 > maxDepth ? { text: flatText(op.insert) } : element(op.insert, depth + 1, maxDepth));
    }
  }
  if (children.length === 0) children.push({ text: '' });
  return { ...yText.getAttributes(), children };
}

/** Do a leaf's marks equal these attributes? (Marks are flat scalars: bold, lead.) */
function sameMarks(leaf: SlateNode, attributes: Record<string, unknown> | undefined): boolean {
  const a = Object.keys(leaf).filter((k) => k !== 'text');
  const b = Object.keys(attributes ?? {});
  return a.length === b.length && a.every((k) => attributes?.[k] === leaf[k]);
}
