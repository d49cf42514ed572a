import { useEffect, useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { usePageEnv } from '../page-env';
import { caretOffset, setCaret } from './caret-offset';

/**
 * A one-line contentEditable for titles, kept in step with shared data. React never renders its text
 * (we set it), so remote updates can keep the caret where it was; IME input is taken on compositionend.
 * `lineBreaks`: Shift+Enter puts a line break in the text (the plan title: where the exported title
 * breaks, GB/T 9704 7.3.1); Enter still moves on. `lines`: the text is shown in these lines (a <br> between
 * them, which textContent does not see), so a title breaks on the page where the export breaks it.
 */
export function InlineTextField({ value, onChange, label, focusKey, className, onFocus, readOnly = false, lineBreaks = false, lines }: {
  value: string;
  onChange(next: string): void;
  label: string;
  focusKey: string;
  className?: string;
  onFocus?(): void;
  /** Shown, focusable for reading, not editable (the server would drop the write). */
  readOnly?: boolean;
  /** Shift+Enter inserts a line break, kept in the value as "\n". */
  lineBreaks?: boolean;
  /** How the text breaks into lines (a stable function: every new one re-renders the text). */
  lines?(text: string): string[];
}) {
  const ref = useRef<HTMLSpanElement | null>(null);
  const composing = useRef(false);
  const { chain } = usePageEnv();

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || composing.current) return;
    const parts = lines ? lines(value) : [value];
    if (el.textContent === value && (!lines || shownLines(el).join('\n') === parts.join('\n'))) return;
    // Only a focused field has a caret to keep. Reading the selection forces a layout, which every
    // heading of a freshly rendered page would pay for in turn.
    const caret = document.activeElement === el ? caretOffset(el) : null;
    el.replaceChildren(...parts.flatMap((t, i) => (i > 0 ? [document.createElement('br'), document.createTextNode(t)] : [document.createTextNode(t)])));
    if (caret !== null) setCaret(el, caret);
  }, [value, lines]);

  useEffect(() => chain.register(focusKey, {
    focusStart: () => focus(ref.current, 0),
    focusEnd: () => focus(ref.current, Infinity),
  }), [chain, focusKey]);

  const commit = () => {
    const raw = ref.current?.textContent ?? '';
    // Breaks are kept as typed (empty lines are dropped at export, title-block.ts): trimming here would
    // rewrite the field under the caret.
    const text = lineBreaks ? raw.replace(/\r/g, '') : raw.replace(/[\r\n]/g, '');
    if (text !== value) onChange(text);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const el = ref.current!;
    const at = caretOffset(el) ?? 0;
    const len = el.textContent?.length ?? 0;
    const next = e.key === 'Enter' || e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey) || (e.key === 'ArrowRight' && at === len);
    const prev = e.key === 'ArrowUp' || (e.key === 'Tab' && e.shiftKey) || (e.key === 'ArrowLeft' && at === 0);
    if (e.nativeEvent.isComposing) return;
    if (lineBreaks && e.key === 'Enter' && e.shiftKey) {
      e.preventDefault();
      insertBreak(el);
      commit();
      return;
    }
    if (next || prev) {
      if (chain.move(focusKey, next ? 1 : -1) || e.key === 'Enter' || e.key === 'Tab') e.preventDefault();
    }
  };
  const onPaste = (e: ClipboardEvent) => {
    e.preventDefault();
    const text = e.clipboardData.getData('text/plain').replace(/\s*[\r\n]+\s*/g, '');
    document.execCommand('insertText', false, text);
  };
  return (
    <span
      ref={ref}
      className={`inline-field ${lineBreaks ? 'inline-field-breaks ' : ''}${className ?? ''}`}
      contentEditable={!readOnly}
      suppressContentEditableWarning
      role="textbox"
      aria-label={label}
      aria-readonly={readOnly || undefined}
      tabIndex={readOnly ? 0 : undefined}
      spellCheck={false}
      onInput={() => { if (!composing.current) commit(); }}
      onCompositionStart={() => { composing.current = true; }}
      onCompositionEnd={() => { composing.current = false; commit(); }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onFocus={onFocus}
    />
  );
}

/** The text between the field's <br>s, as it is shown. */
function shownLines(el: HTMLElement): string[] {
  const out = [''];
  for (const n of el.childNodes) {
    if (n.nodeName === 'BR') out.push('');
    else out[out.length - 1] += n.textContent ?? '';
  }
  return out;
}

function focus(el: HTMLElement | null, offset: number): void {
  if (!el) return;
  el.focus();
  setCaret(el, offset === Infinity ? (el.textContent?.length ?? 0) : offset);
}

/** A "\n" text node at the caret (white-space: pre-wrap shows it); a <br> would not reach textContent. */
function insertBreak(el: HTMLElement): void {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !el.contains(sel.getRangeAt(0).startContainer)) return;
  const range = sel.getRangeAt(0);
  range.deleteContents();
  const at = caretOffset(el) ?? 0;
  range.insertNode(document.createTextNode('\n'));
  el.normalize();
  setCaret(el, at + 1);
}
