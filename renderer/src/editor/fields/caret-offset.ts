/** Caret offset inside a plain-text contentEditable, and setting it back after a remote change. */
export function caretOffset(el: HTMLElement): number | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return null;
  const range = sel.getRangeAt(0).cloneRange();
  range.selectNodeContents(el);
  range.setEnd(sel.anchorNode!, sel.anchorOffset);
  return range.toString().length;
}

export function setCaret(el: HTMLElement, offset: number): void {
  const sel = window.getSelection();
  if (!sel) return;
  const range = document.createRange();
  // The text may be in several nodes (a title shown in its exported lines: text, <br>, text).
  const texts = [...el.childNodes].filter((n) => n.nodeType === 3);
  let left = offset;
  const node = texts.find((t, i) => {
    const len = t.textContent?.length ?? 0;
    if (left <= len || i === texts.length - 1) return true;
    left -= len;
    return false;
  });
  if (node) range.setStart(node, Math.min(left, node.textContent?.length ?? 0));
  else range.setStart(el, 0);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}
