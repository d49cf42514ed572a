import type { RenderElementProps } from 'slate-react';

export function TableView({ attributes, children }: RenderElementProps) {
  return <table {...attributes} className="doc-table"><tbody>{children}</tbody></table>;
}

export function TableRowView({ attributes, children }: RenderElementProps) {
  return <tr {...attributes}>{children}</tr>;
}

export function TableCellView({ attributes, children }: RenderElementProps) {
  return <td {...attributes}>{children}</td>;
}
