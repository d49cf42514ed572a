import { useEffect, type RefObject } from 'react';

/** Space kept between the 修订/批注 cards of one section and the next (px). */
const GAP = 6;

/**
 * How far down each margin column moves so it starts below the one above it. Each section's cards stand
 * beside the section (review-margin.tsx); a short section with many cards would otherwise run into the
 * next section's cards. `boxes` are the columns' natural positions in page order.
 */
export function marginShifts(boxes: ReadonlyArray<{ top: number; height: number }>, gap = GAP): number[] {
  let bottom = -Infinity;
  return boxes.map((b) => {
    const shift = Math.max(0, bottom + gap - b.top);
    bottom = b.top + shift + b.height;
    return shift;
  });
}

/** Place the page's margin columns: all read first, then all written (one layout, not one per column). */
function stack(page: HTMLElement, sizes: ResizeObserver): void {
  const margins = [...page.querySelectorAll<HTMLElement>('.review-margin')];
  for (const m of margins) m.style.transform = '';
  const boxes = margins.map((m) => {
    sizes.observe(m);
    const r = m.getBoundingClientRect();
    return { top: r.top, height: r.height };
  });
  marginShifts(boxes).forEach((shift, i) => {
    if (shift > 0) margins[i]!.style.transform = `translateY(${Math.ceil(shift)}px)`;
  });
}

/** Keep the margin columns of the page stacked as cards come and go and sections grow (once per frame). */
export function useStackedMargins(pageRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; stack(page, sizes); });
    };
    const sizes = new ResizeObserver(schedule);
    sizes.observe(page);
    const changes = new MutationObserver(schedule);
    changes.observe(page, { childList: true, subtree: true });
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      sizes.disconnect();
      changes.disconnect();
    };
  }, [pageRef]);
}
