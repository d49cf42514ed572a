import { yTextToSlateElement } from '@slate-yjs/core';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Descendant } from 'slate';
import type { RenderElementProps } from 'slate-react';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import type { BodyConnection } from './collab/body-connection';
import { renderElement, renderLeaf } from './elements/element-views';
import { usePageEnv } from './page-env';
import { SectionSize } from './section-size';

/**
 * A section body as text, drawn by the same element views as the editor (same classes, same height),
 * until its editor mounts (MountScheduler). It follows the doc: a colleague's edit shows here too, and
 * the numbering hears of its items as it would from the editor.
 */
export function StaticBody({ bodyId, conn, guidance, onActivate }: {
  bodyId: string;
  conn: BodyConnection;
  guidance: string;
  /** The user reached into it (pointer down at x, y): mount the editor and put the caret there. */
  onActivate(point: { x: number; y: number } | null): void;
}) {
  const { numbering } = usePageEnv();
  const [body, setBody] = useState<Descendant[]>(() => slateChildren(conn));
  useEffect(() => {
    let frame = 0;
    const reread = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setBody(slateChildren(conn));
      });
    };
    conn.local.on('update', reread);
    return () => {
      conn.local.off('update', reread);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [conn]);
  useEffect(() => numbering.setBody(bodyId, body), [numbering, bodyId, body]);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => sizeSection(box.current, body), [body]);
  return (
    <div ref={box} className="section-static" data-body-id={bodyId} role="document"
      onMouseDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        onActivate({ x: e.clientX, y: e.clientY });
      }}>
      {body.length === 0
        ? <p className="doc-p"><span className="guidance-placeholder">{guidance || '在此输入正文'}</span></p>
        : body.map((block, i) => <StaticNode key={i} node={block} />)}
    </div>
  );
}

/**
 * The size its section takes while off screen and not laid out yet (content-visibility: auto), from the
 * text: a section once laid out keeps its real size instead (contain-intrinsic-size: auto).
 */
function sizeSection(el: HTMLElement | null, body: Descendant[]): void {
  const section = el?.closest<HTMLElement>('.page .doc-section');
  if (!section) return;
  const heading = section.querySelector(':scope > :is(h2, h3, h4)')?.textContent ?? '';
  section.style.containIntrinsicSize = `auto ${SectionSize.px(heading, body, SectionSize.PAGE)}px`;
}

/**
 * The body as the editor will see it (slate-yjs's own conversion, as YjsEditor.connect does), not through
 * the plan model's schema: validating every block was a quarter of opening a large plan, and the
 * element views already draw an unknown block as a paragraph.
 */
function slateChildren(conn: BodyConnection): Descendant[] {
  const root = BodyDoc.root(conn.local);
  if (root.length === 0) return [];
  const children = (yTextToSlateElement(root) as unknown as { children: Descendant[] }).children;
  const only = children[0];
  const blank = children.length === 1 && only !== undefined && 'children' in only && only.children.every((c) => 'text' in c && c.text === '');
  return blank ? [] : children;
}

/** Element views take Slate's attributes; a static node has no Slate ref, only the same markup. */
const STATIC_ATTRIBUTES = { 'data-slate-node': 'element' } as unknown as RenderElementProps['attributes'];

function StaticNode({ node }: { node: Descendant }): ReactNode {
  if ('text' in node) {
    // An empty leaf keeps its line's height, as the editor's zero-width placeholder does.
    return renderLeaf({ attributes: { 'data-slate-leaf': true }, children: node.text || '\u200b', leaf: node, text: node });
  }
  const children = node.children.map((child, i) => <StaticNode key={i} node={child} />);
  return renderElement({ attributes: STATIC_ATTRIBUTES, children, element: node });
}
