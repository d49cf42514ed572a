import { useEffect, useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { usePageEnv } from '../page-env';
import { caretOffset, setCaret } from './caret-offset';

/**
 * A one-line contentEditable for titles, kept in step with shared data. React never renders its text
 * (we set it), so remote updates can keep the caret where it was; IME input is taken on compositionend.
 */
export function InlineTextField({ value, onChange, label, focusKey, className, onFocus, readOnly = false }: {
  value: string;
  onChange(next: string): void;
  label: string;
  focusKey: string;
  className?: string;
  onFocus?(): void;
  /** Shown, focusable for reading, not editable (the server would drop the write). */
  readOnly?: boolean;
}) {
  const ref = useRef<HTMLSpanElement | null>(null);
  const composing = useRef(false);
  const { chain } = usePageEnv();

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || composing.current || el.textContent === value) return;
    // Only a focused field has a caret to keep. Reading the selection forces a layout, which every
    // heading of a freshly rendered page would pay for in turn.
    const caret = document.activeElement === el ? caretOffset(el) : null;
    el.textContent = value;
    if (caret !== null) setCaret(el, caret);
  }, [value]);

  useEffect(() => chain.register(focusKey, {
    focusStart: () => focus(ref.current, 0),
    focusEnd: () => focus(ref.current, Infinity),
  }), [chain, focusKey]);

  const commit = () => {
    const text = (ref.current?.textContent ?? '').replace(/[\r\n]/g, '');
    if (text !== value) onChange(text);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const el = ref.current!;
    const at = caretOffset(el) ?? 0;
    const len = el.textContent?.length ?? 0;
    const next = e.key === 'Enter' || e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey) || (e.key === 'ArrowRight' && at === len);
    const prev = e.key === 'ArrowUp' || (e.key === 'Tab' && e.shiftKey) || (e.key === 'ArrowLeft' && at === 0);
    if (e.nativeEvent.isComposing) return;
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
      className={`inline-field ${className ?? ''}`}
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

function focus(el: HTMLElement | null, offset: number): void {
  if (!el) return;
  el.focus();
  setCaret(el, offset === Infinity ? (el.textContent?.length ?? 0) : offset);
}
