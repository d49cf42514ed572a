import type { ComponentType } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import type { ElementType } from '../slate-types';
import { ItemView } from './item-view';
import { ParagraphView } from './paragraph-view';
import { TableCellView, TableRowView, TableView } from './table-view';

/** Exhaustive: a new element type does not compile until it has a view (docs/architecture.md#registries). */
export const elementViews: Record<ElementType, ComponentType<RenderElementProps>> = {
  paragraph: ParagraphView,
  item: ItemView,
  table: TableView,
  'table-row': TableRowView,
  'table-cell': TableCellView,
};

export function renderElement(props: RenderElementProps) {
  const View = elementViews[props.element.type] ?? ParagraphView;
  return <View {...props} />;
}

/** Only `bold` and `lead` exist as formatting (docs/plan-format.md#blocks); fonts come from the stylesheet. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  // `check`: a 公文体检 finding's decoration (checks/finding-range.ts), underlined by severity.
  const check = (leaf as { check?: string }).check;
  const cls = [
    leaf.bold ? 'mark-bold' : '', leaf.lead ? 'mark-lead' : '', leaf.suggest ? `suggest-${leaf.suggest.kind}` : '', check ? `check-mark check-${check}` : '',
  ].filter(Boolean).join(' ');
  // 修订: insertions underlined, deletions struck through, in the department's colour (docs/product.md).
  const title = leaf.suggest ? `${leaf.suggest.dept} ${leaf.suggest.by}：${leaf.suggest.kind === 'ins' ? '建议插入' : '建议删除'}` : undefined;
  return <span {...attributes} className={cls || undefined} title={title}>{children}</span>;
}
