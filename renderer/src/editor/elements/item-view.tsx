import type { RenderElementProps } from 'slate-react';
import type { Item } from '../../../../main/common/model/item';
import { Numbering } from '../../../../main/common/model/numbering';
import { Responsibility } from '../../../../main/common/model/responsibility';
import { useEditorEnv } from '../editor-env';
import { useLabel } from '../numbering/use-label';
import { ReviewBadge, SourceNote } from './review-badge';

const ROLE_CLASS: Record<Item['role'], string> = { measure: 'is-measure', target: 'is-target', point: 'is-point' };

/**
 * A numbered item. The label and the responsibility line are derived and drawn as non-editable
 * decorations around the text: neither is ever part of the document text.
 */
export function ItemView({ attributes, children, element }: RenderElementProps) {
  const item = element as Item;
  const env = useEditorEnv();
  const scheme = env.scheme ?? 'plan';
  const label = useLabel(env.numbering, item.id) + Numbering.gap(scheme, item.level, 'item');
  const resp = item.role === 'measure' ? Responsibility.text(item, env.notation) : '';
  return (
    <p {...attributes} className={`doc-p doc-item level-${item.level} scheme-${scheme} ${ROLE_CLASS[item.role]}${item.review?.figure ? ' needs-review' : ''}`} data-item-id={item.id}>
      <span contentEditable={false} className="item-label" data-label={label}>{label}</span>
      {children}
      {resp && <span contentEditable={false} className="item-resp">{resp}</span>}
      <ReviewBadge element={element} />
      <SourceNote element={element} />
    </p>
  );
}
