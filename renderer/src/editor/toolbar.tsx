import type { MouseEvent } from 'react';
import type { Editor } from 'slate';
import { setBlockKind, type BlockKind } from './commands/set-block-kind';
import { toggleSubItem } from './commands/set-item-level';
import { toggleBold } from './commands/toggle-bold';
import { ToolbarView } from './toolbar-view';
import { useActiveView } from './use-active-view';

const KINDS: Array<{ kind: BlockKind; label: string; keys: string }> = [
  { kind: 'paragraph', label: '段落', keys: 'Ctrl+Alt+P' },
  { kind: 'measure', label: '措施', keys: 'Ctrl+Alt+M' },
  { kind: 'target', label: '目标', keys: 'Ctrl+Alt+T' },
  { kind: 'point', label: '要点', keys: '' },
];

/** Acts on the editor that last had the caret; mousedown is cancelled so the caret stays in the text. */
export function Toolbar({ onClauseLibrary }: { onClauseLibrary?: () => void } = {}) {
  // Re-rendered when a pressed state changes, not after every keystroke (toolbar-view.ts).
  const { editor, kind, level, bold } = useActiveView(ToolbarView.of, ToolbarView.equal);
  const act = (f: (e: Editor) => void) => (ev: MouseEvent) => {
    ev.preventDefault();
    if (editor) f(editor);
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="格式">
      {KINDS.map((k) => (
        <button key={k.kind} type="button" aria-pressed={kind === k.kind} disabled={!editor}
          title={k.keys ? `${k.label}（${k.keys}）` : k.label} onMouseDown={act((e) => setBlockKind(e, { kind: k.kind }))}>{k.label}</button>
      ))}
      <button type="button" aria-pressed={level === 4} disabled={level === null} title="子项 （1）↔ 1.（Ctrl+Alt+→ / ←）"
        onMouseDown={act((e) => toggleSubItem(e))}>子项</button>
      <span className="toolbar-sep" />
      <button type="button" aria-pressed={bold} disabled={!editor} title="加粗（Ctrl+B）"
        onMouseDown={act((e) => toggleBold(e))}><b>B</b></button>
      <button type="button" disabled={!editor} title="撤销（Ctrl+Z）" onMouseDown={act((e) => e.undo())}>撤销</button>
      <button type="button" disabled={!editor} title="重做（Ctrl+Y）" onMouseDown={act((e) => e.redo())}>重做</button>
      {onClauseLibrary && (
        <>
          <span className="toolbar-sep" />
          <button type="button" title="条款库：搜索范例、模板和各计划中的措施，插入到光标处" onMouseDown={(e) => { e.preventDefault(); onClauseLibrary(); }}>条款库</button>
        </>
      )}
    </div>
  );
}
