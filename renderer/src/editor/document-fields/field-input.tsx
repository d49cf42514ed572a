import { useState, type InputHTMLAttributes } from 'react';

/**
 * A text input bound to a co-edited field: while focused it shows what the user types (a list typed
 * as "县委办公室、" keeps its trailing 、), and each change is committed at once, parsed; unfocused it
 * shows the field's current value, a colleague's edit included.
 */
export function FieldInput({ value, onCommit, ...rest }: { value: string; onCommit(text: string): void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input {...rest} value={draft ?? value}
      onFocus={(e) => { setDraft(value); rest.onFocus?.(e); }}
      onBlur={(e) => { setDraft(null); rest.onBlur?.(e); }}
      onChange={(e) => { setDraft(e.target.value); onCommit(e.target.value); }} />
  );
}

/** "县委办公室、县人大常委会办公室" ⇄ a list of names (、，, ; or new lines separate them). */
export const listText = {
  format: (names: readonly string[]) => names.join('、'),
  parse: (text: string) => text.split(/[、，,；;\n]+/).map((s) => s.trim()).filter(Boolean),
};

/** Digits typed (full-width too) → a number, '' → null, anything else → undefined (not committed). */
export function parseCount(text: string): number | null | undefined {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (t === '') return null;
  return /^\d{1,6}$/.test(t) ? Number(t) : undefined;
}
