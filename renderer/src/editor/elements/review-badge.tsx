import { createContext, useContext } from 'react';
import type { Element } from 'slate';

/** Confirms a block's review (removes `review`); null where the body cannot be edited (static text, read-only). */
export const ConfirmReviewContext = createContext<((element: Element) => void) | null>(null);

/**
 * A block whose target figures were carried from last year's plan (RollForward, `review.figure`): a
 * non-editable badge until someone confirms the figures; the 体检 rule rolled-forward-figure reports it too.
 */
export function ReviewBadge({ element }: { element: Element }) {
  const confirm = useContext(ConfirmReviewContext);
  const review = (element as { review?: { figure?: true } }).review;
  if (!review?.figure) return null;
  return (
    <span contentEditable={false} className="review-badge" title="目标数字沿用自上年计划，请按本年度实际核对">
      数字待核对
      {confirm && <button type="button" className="review-confirm" onMouseDown={(e) => e.preventDefault()} onClick={() => confirm(element)}>已核对</button>}
    </span>
  );
}

export function SourceNote({ element }: { element: Element }) {
  const source = (element as { source?: { plan: string; year: number | null; section: string } }).source;
  if (!source) return null;
  const year = source.year ? `${source.year}年 · ` : '';
  return <span contentEditable={false} className="clause-source" title={`来自条款库：${source.plan}`}>{`来源：${year}${source.plan}`}</span>;
}
