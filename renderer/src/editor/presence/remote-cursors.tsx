import { CursorEditor } from '@slate-yjs/core';
import { useRemoteCursorOverlayPositions } from '@slate-yjs/react';
import { useSlateStatic } from 'slate-react';
import type { RefObject } from 'react';
import type { CursorData } from '../slate-types';

/** Co-editors' carets (with name labels) and selections, drawn over one section editor. */
export function RemoteCursors({ containerRef }: { containerRef: RefObject<HTMLDivElement | null> }) {
  const [cursors] = useRemoteCursorOverlayPositions<CursorData>({ containerRef: containerRef as RefObject<HTMLDivElement> });
  // The overlay keeps a cursor whose selection was cleared (slate-yjs #410): ask the awareness itself.
  const states = CursorEditor.cursorStates(useSlateStatic() as unknown as CursorEditor<CursorData>);
  return (
    <>
      {cursors.filter((c) => states[c.clientId]?.relativeSelection).map((c) => {
        const color = c.data?.color ?? '#888';
        const name = c.data?.name ?? '';
        return (
          <div key={c.clientId} className="remote-cursor" aria-hidden="true">
            {c.selectionRects.map((r, i) => (
              <div key={i} className="remote-selection" style={{ ...r, backgroundColor: color }} />
            ))}
            {c.caretPosition && (
              <div className="remote-caret" style={{ ...c.caretPosition, backgroundColor: color }}>
                <span className="remote-caret-name" style={{ backgroundColor: color }}>{name}{c.data?.dept ? ` · ${c.data.dept}` : ''}</span>
              </div>
            )}
          </div>
        );
      })}
    </>
  );
}
