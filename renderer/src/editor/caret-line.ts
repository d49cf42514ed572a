/** Where the DOM caret sits relative to the first/last line of `root` (for crossing section boundaries). */
function caretRect(): DOMRect | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const rects = range.getClientRects();
  if (rects.length > 0) return rects[0]!;
  // A collapsed range in an empty line has no rects: measure the element holding it.
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el ? el.getBoundingClientRect() : null;
}

function lineHeight(root: HTMLElement): number {
  const lh = parseFloat(getComputedStyle(root).lineHeight);
  return Number.isFinite(lh) ? lh : 24;
}

export function caretOnFirstLine(root: HTMLElement): boolean {
  const r = caretRect();
  if (!r) return false;
  return r.top - root.getBoundingClientRect().top < lineHeight(root) * 0.8;
}

export function caretOnLastLine(root: HTMLElement): boolean {
  const r = caretRect();
  if (!r) return false;
  return root.getBoundingClientRect().bottom - r.bottom < lineHeight(root) * 0.8;
}
