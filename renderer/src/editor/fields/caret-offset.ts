/** Caret offset inside a plain-text contentEditable, and setting it back after a remote change. */
export function caretOffset(el: HTMLElement): number | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return null;
  const range = sel.getRangeAt(0).cloneRange();
  range.selectNodeContents(el);
  range.setEnd(sel.anchorNode!, sel.anchorOffset);
  return range.toString().length;
}

/**
 * The text node and offset at character `offset` of a field whose text may be in several nodes (a title
 * shown in its exported lines: text, <br>, text); null when it holds no text node.
 */
export function textPoint(el: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
  let left = Math.max(0, offset);
  for (const [i, node] of texts.entries()) {
    const len = node.textContent?.length ?? 0;
    if (left <= len || i === texts.length - 1) return { node, offset: Math.min(left, len) };
    left -= len;
  }
  return null;
}

export function setCaret(el: HTMLElement, offset: number): void {
  const sel = window.getSelection();
  if (!sel) return;
  const range = document.createRange();
  const at = textPoint(el, offset);
  if (at) range.setStart(at.node, at.offset);
  else range.setStart(el, 0);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}
