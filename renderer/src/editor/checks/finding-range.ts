import { Editor, Element, Node, Text, type BaseRange, type Descendant, type NodeEntry, type Path } from 'slate';
import type { Finding, FindingWhere } from '../../../../main/common/checks/finding';

/** A finding's range inside one block of a body: block index, offsets in the block's text. */
export interface BlockRange {
  block: number;
  start: number;
  end: number;
}

/** A block's text as finding offsets count it (finding.ts): a table is an empty block. */
function blockLength(node: Descendant): number {
  return Element.isElement(node) && node.type !== 'table' ? Node.string(node).length : 0;
}

/**
 * Where a body finding points in the editor's children: an item by id (its own offsets), a paragraph
 * by the body's offsets (blocks joined by "\n"). Null for what is not inside a block (titles, the
 * section as a whole) or no longer there.
 */
export function blockRangeOf(children: readonly Descendant[], where: FindingWhere): BlockRange | null {
  if (where.field || where.start === undefined || where.end === undefined) return null;
  if (where.itemId) {
    const block = children.findIndex((n) => Element.isElement(n) && n.type === 'item' && n.id === where.itemId);
    return block < 0 ? null : { block, start: where.start, end: where.end };
  }
  let base = 0;
  for (const [block, node] of children.entries()) {
    const len = blockLength(node);
    if (where.start >= base && where.end <= base + len) return { block, start: where.start - base, end: where.end - base };
    base += len + 1;
  }
  return null;
}

/** The Slate range of [start, end) of block `block`'s text (its leaves), clamped to the text. */
export function slateRangeOf(editor: Editor, r: BlockRange): BaseRange | null {
  const node = editor.children[r.block];
  if (!node || !Element.isElement(node) || node.type === 'table') return null;
  const point = (offset: number) => {
    let pos = 0;
    const leaves = node.children as Array<{ text: string }>;
    for (const [i, leaf] of leaves.entries()) {
      const last = i === leaves.length - 1;
      if (offset <= pos + leaf.text.length && (offset < pos + leaf.text.length || last)) return { path: [r.block, i], offset: Math.min(offset - pos, leaf.text.length) };
      pos += leaf.text.length;
    }
    return { path: [r.block, leaves.length - 1], offset: leaves[leaves.length - 1]?.text.length ?? 0 };
  };
  return { anchor: point(r.start), focus: point(r.end) };
}

/** Decoration props a leaf gets under a finding (renderCheckLeaf draws them). */
export interface CheckMark {
  check?: Finding['severity'];
}

type Marked = BlockRange & { severity: Finding['severity'] };

/**
 * Slate `decorate` for a body: every finding with a range becomes a decoration on the leaves it covers
 * (underlined by severity). Items are found by id and paragraphs by the body offsets of the editor's
 * children as they are when a leaf is drawn (indexed once per children array), so an editor whose
 * content arrives after the findings, or a block inserted above, still gets its marks in the right place.
 */
export function checkDecorator(editor: Editor, findings: readonly Finding[]): (entry: NodeEntry) => Array<BaseRange & CheckMark> {
  const byItem = new Map<string, Marked[]>();
  const inBody: Array<{ start: number; end: number; severity: Finding['severity'] }> = [];
  for (const f of findings) {
    const { field, itemId, start, end } = f.where;
    if (field || start === undefined || end === undefined || end <= start) continue;
    if (itemId) byItem.set(itemId, [...(byItem.get(itemId) ?? []), { block: -1, start, end, severity: f.severity }]);
    else inBody.push({ start, end, severity: f.severity });
  }
  let indexed: readonly Descendant[] | null = null;
  let byBlock = new Map<number, Marked[]>();
  const paragraphRanges = (block: number): Marked[] => {
    if (indexed !== editor.children) {
      indexed = editor.children;
      byBlock = new Map();
      for (const f of inBody) {
        const r = blockRangeOf(indexed, f);
        if (r && r.end > r.start) byBlock.set(r.block, [...(byBlock.get(r.block) ?? []), { ...r, severity: f.severity }]);
      }
    }
    return byBlock.get(block) ?? [];
  };
  return ([node, path]: NodeEntry) => {
    if (!Text.isText(node) || path.length !== 2) return [];
    const block = editor.children[path[0]!];
    if (!block || !Element.isElement(block) || block.type === 'table') return [];
    const ranges = block.type === 'item' ? byItem.get(block.id) : paragraphRanges(path[0]!);
    if (!ranges || ranges.length === 0) return [];
    let leafStart = 0;
    for (let i = 0; i < path[1]!; i++) leafStart += (block.children[i] as { text?: string }).text?.length ?? 0;
    const leafEnd = leafStart + node.text.length;
    const out: Array<BaseRange & CheckMark> = [];
    for (const r of ranges) {
      const a = Math.max(r.start, leafStart);
      const b = Math.min(r.end, leafEnd);
      if (a >= b) continue;
      out.push({ anchor: { path: path as Path, offset: a - leafStart }, focus: { path: path as Path, offset: b - leafStart }, check: r.severity });
    }
    return out;
  };
}
