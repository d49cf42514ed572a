import { createEditor, type Descendant, type Editor, type Range } from 'slate';
import '../../../renderer/src/editor/slate-types';
import { withPlanSchema } from '../../../renderer/src/editor/with-plan-schema';

/** A headless editor with the plan schema (no React, no Yjs): commands and normalisers only. */
export function headless(children: Descendant[], selection: Range | null): Editor {
  const editor = withPlanSchema(createEditor());
  editor.children = structuredClone(children);
  editor.selection = selection;
  return editor;
}

export const at = (path: number[], offset: number): Range => ({ anchor: { path, offset }, focus: { path, offset } });

/** Ids minted by a command are random: name them by order of appearance so fixtures can compare. */
export function stableIds(nodes: Descendant[], known: ReadonlySet<string>): Descendant[] {
  let n = 0;
  return JSON.parse(JSON.stringify(nodes), (k, v: unknown) => (k === 'id' && typeof v === 'string' && !known.has(v) ? `new-${++n}` : v)) as Descendant[];
}

export interface Fixture {
  name: string;
  input: Descendant[];
  selection: Range;
  run(editor: Editor): void;
  expected: Descendant[];
}
