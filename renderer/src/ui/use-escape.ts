import { useEffect, useRef } from 'react';

/**
 * Esc closes the dialog: the topmost one only (the last mounted listener runs first and stops the
 * event), and never while an IME composition is open (Esc then cancels the composition).
 */
export function useEscape(onEscape: () => void): void {
  const ref = useRef(onEscape);
  ref.current = onEscape;
  useEffect(() => {
    const handler = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.isComposing || e.defaultPrevented) return;
      const stack = escapeStack;
      if (stack[stack.length - 1] !== handler) return;
      e.preventDefault();
      ref.current();
    };
    escapeStack.push(handler);
    window.addEventListener('keydown', handler);
    return () => {
      window.removeEventListener('keydown', handler);
      const i = escapeStack.lastIndexOf(handler);
      if (i >= 0) escapeStack.splice(i, 1);
    };
  }, []);
}

const escapeStack: Array<(e: KeyboardEvent) => void> = [];
