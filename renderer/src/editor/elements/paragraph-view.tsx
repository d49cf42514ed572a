import type { RenderElementProps } from 'slate-react';

export function ParagraphView({ attributes, children }: RenderElementProps) {
  return <p {...attributes} className="doc-p">{children}</p>;
}
