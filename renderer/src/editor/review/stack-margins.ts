import { useEffect, type RefObject } from 'react';
import { placeCards } from './place-cards';

/** Space kept between two margin cards (px). */
const GAP = 6;

/** Where each card's text is on screen now (a viewport y), registered by the card itself (review-margin.tsx). */
const anchors = new WeakMap<HTMLElement, () => number | null>();
/** The last anchor read for a card: kept while its text cannot be found in the DOM (mid-composition, re-rendering). */
const lastAnchor = new WeakMap<HTMLElement, number>();

/**
 * A ref for a margin unit (`data-margin-unit`) whose anchor is a place in the text: `resolve` returns the
 * viewport y of the line it is on, or null when it cannot be found now.
 */
export function marginAnchor(resolve: () => number | null): (el: HTMLElement | null) => void {
  return (el) => {
    if (el) anchors.set(el, resolve);
  };
}

/**
 * The anchor of each unit: its own resolver's; a unit marked `data-margin-unit="next"` (a heading) aims
 * just above the next unit's, `"prev"` (the buttons after a list) just below the previous one; without
 * any, its section's top.
 */
function readAnchors(units: HTMLElement[], heights: number[], floors: number[]): number[] {
  const own = units.map((u) => {
    let y: number | null = null;
    try {
      y = anchors.get(u)?.() ?? null;
    } catch {
      y = null;
    }
    if (y === null || !Number.isFinite(y)) return lastAnchor.get(u) ?? null;
    lastAnchor.set(u, y);
    return y;
  });
  return units.map((u, i) => {
    const mode = u.dataset['marginUnit'];
    let y = own[i] ?? null;
    if (mode === 'next') {
      const j = own.findIndex((a, k) => k > i && a !== null);
      y = j < 0 ? null : own[j]! - heights[i]! - GAP;
    } else if (mode === 'prev') {
      let j = i - 1;
      while (j >= 0 && own[j] === null) j--;
      y = j < 0 ? null : own[j]! + heights[j]! + GAP;
    }
    return Math.max(y ?? floors[i]!, floors[i]!);
  });
}

/**
 * Place every 修订/批注 card of the page beside its text (all read first, then all written: one layout).
 * Cards of every section are placed together in the order of their anchors, so a section's cards never
 * overlap the next one's; none starts above its own section (place-cards.ts).
 */
function stack(page: HTMLElement, sizes: ResizeObserver, watched: Set<HTMLElement>): void {
  const units = [...page.querySelectorAll<HTMLElement>('.review-margin [data-margin-unit]')];
  // Cards that left the page are no longer watched (the observer would keep them alive).
  for (const u of watched) if (!u.isConnected) { sizes.unobserve(u); watched.delete(u); }
  if (!units.length) return;
  const columns = units.map((u) => u.closest<HTMLElement>('.review-margin')!);
  const floors = columns.map((c) => c.getBoundingClientRect().top);
  const heights = units.map((u) => {
    if (!watched.has(u)) { sizes.observe(u); watched.add(u); }
    return u.offsetHeight;
  });
  const ys = readAnchors(units, heights, floors);
  // Page order of anchors; units on one line keep their order in the DOM (a heading before its first card).
  const order = units.map((_, i) => i).sort((a, b) => ys[a]! - ys[b]! || a - b);
  const tops = placeCards(order.map((i) => ({ anchor: ys[i]!, height: heights[i]!, floor: floors[i]! })), GAP);
  order.forEach((i, k) => {
    const top = `${Math.round(tops[k]! - floors[i]!)}px`;
    if (units[i]!.style.top !== top) units[i]!.style.top = top;
  });
}

/**
 * How many margin columns (review-margin.tsx) show cards now, and who wants to know when that goes from
 * none to some and back: the page is watched only while there are cards to place, so a keystroke in a
 * plan without 修订/批注 runs no observer, rAF or query for them.
 */
let columns = 0;
const columnWatchers = new Set<() => void>();

function setColumns(delta: number): void {
  const before = columns;
  columns += delta;
  if ((before === 0) !== (columns === 0)) for (const w of columnWatchers) w();
}

/** Called by a margin column while it shows cards (`showing`). */
export function useMarginColumn(showing: boolean): void {
  useEffect(() => {
    if (!showing) return;
    setColumns(1);
    return () => setColumns(-1);
  }, [showing]);
}

/** Watch the page and restack its cards at most once per frame until the returned stop is called. */
function watch(page: HTMLElement): () => void {
  let frame = 0;
  const watched = new Set<HTMLElement>();
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; stack(page, sizes, watched); });
  };
  const sizes = new ResizeObserver(schedule);
  sizes.observe(page);
  // Text typed above an anchor moves it without any element being added: characterData too.
  const changes = new MutationObserver(schedule);
  changes.observe(page, { childList: true, subtree: true, characterData: true });
  // The 添加批注 box stands beside the selection.
  document.addEventListener('selectionchange', schedule);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    changes.disconnect();
    document.removeEventListener('selectionchange', schedule);
  };
}

/**
 * Keep the margin cards beside their text as cards come and go, sections grow and the text above an
 * anchor changes (typing, a colleague's edit): at most once per frame, and only while there are cards.
 */
export function useStackedMargins(pageRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    let stop: (() => void) | null = null;
    const update = () => {
      if (columns > 0) stop ??= watch(page);
      else if (stop) { stop(); stop = null; }
    };
    columnWatchers.add(update);
    update();
    return () => {
      columnWatchers.delete(update);
      stop?.();
    };
  }, [pageRef]);
}
