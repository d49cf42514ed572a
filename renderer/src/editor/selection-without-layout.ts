import { ReactEditor } from 'slate-react';

/** The part of a DOM Selection that Chromium answers without laying the page out. */
export interface SelectionEnds {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

/** A Selection's ends as a range-like object slate-dom reads the same way (start = anchor, end = focus). */
export interface SelectionAsRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  collapsed: boolean;
}

/**
 * The selection as slate-dom's toSlateRange reads a Range: the anchor as start and the focus as end (a
 * backward selection stays backward: toSlateRange maps start to the anchor and end to the focus), and
 * `collapsed` from the ends instead of Selection.isCollapsed. Null without ends (no selection).
 */
export function selectionAsRange(sel: SelectionEnds): SelectionAsRange | null {
  const { anchorNode, anchorOffset, focusNode, focusOffset } = sel;
  if (!anchorNode || !focusNode) return null;
  return {
    startContainer: anchorNode, startOffset: anchorOffset, endContainer: focusNode, endOffset: focusOffset,
    collapsed: anchorNode === focusNode && anchorOffset === focusOffset,
  };
}

type ToSlateRange = typeof ReactEditor.toSlateRange;
const patched = new WeakSet<object>();

/**
 * Chromium lays the whole page out to answer Selection.isCollapsed (anchor, focus and their offsets need
 * no layout), and slate-dom reads it each time it maps the DOM selection: in Editable's selection effect
 * after every keystroke and on every selectionchange. At 1,000 measures that forced layout was the largest
 * single cost of a keystroke's task (CPU profile, editor bench); the layout still happens, once, in the
 * frame. slate-dom already compares the ends like this in Firefox and in shadow roots, so the answer is the
 * same. Patches the shared ReactEditor (slate-react calls it through that object) once per page.
 */
export function mapSelectionsWithoutLayout(target: { toSlateRange: ToSlateRange } = ReactEditor): void {
  if (patched.has(target)) return;
  patched.add(target);
  const original = target.toSlateRange;
  target.toSlateRange = ((editor, domRange, options) => {
    // (Firefox's several ranges of a table selection keep slate-dom's own handling.)
    const asRange = isSelection(domRange) && domRange.rangeCount <= 1 ? selectionAsRange(domRange) : null;
    return original(editor, (asRange ?? domRange) as Parameters<ToSlateRange>[1], options);
  }) as ToSlateRange;
}

function isSelection(value: unknown): value is Selection {
  return typeof Selection !== 'undefined' && value instanceof Selection;
}
