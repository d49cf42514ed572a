import type { RenderElementProps } from 'slate-react';
import { ReviewBadge } from './review-badge';

export function ParagraphView({ attributes, children, element }: RenderElementProps) {
  const review = (element as { review?: { figure?: true } }).review?.figure;
  return (
    <p {...attributes} className={review ? 'doc-p needs-review' : 'doc-p'}>
      {children}
      <ReviewBadge element={element} />
    </p>
  );
}
