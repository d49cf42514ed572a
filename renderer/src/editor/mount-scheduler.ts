import { createContext, useContext } from 'react';
import { whenIdle } from './when-idle';

/**
 * How many section editors may stay mounted at once. Every mounted Slate editor listens to the document's
 * `selectionchange` (slate-react's Editable: a DOM read, a range conversion and a timer per editor), so
 * each keystroke anywhere costs work in proportion to the editors on the page: at 104 editors (a
 * 1,000-measure plan) that was most of the keystroke's script. A plan of up to this many sections is
 * fully editable a moment after it opens, as before; in a larger one the editors far from the screen
 * go back to text (their docs stay synced; the text follows them).
 */
export const MOUNTED_EDITOR_BUDGET = 16;
/** How soon an over-budget page looks again for an editor it can release. */
const RETRY_MS = 500;

/**
 * Decides when each section's Slate editor is mounted. Opening a plan renders every section at once as
 * static text (cheap: the whole document is in the page, so find-in-page, outline jumps and scrolling
 * work from the first frame); the editors of the sections on or near the screen mount at once, and the
 * others one at a time while the page is idle, in document order, up to MOUNTED_EDITOR_BUDGET. A section
 * the user reaches first (scroll, outline jump, click, arrow key) jumps the queue and mounts whatever the
 * count; past the budget, an editor that is far from the screen and holds neither the focus nor the
 * toolbar is released (back to text) in idle time, farthest first.
 */
export class MountScheduler {
  private readonly waiting = new Map<string, () => void>();
  private readonly order: string[] = [];
  private observer: IntersectionObserver | null = null;
  private readonly elements = new Map<Element, string>();
  /** Mounted editors, oldest first, with how to release each (null until the editor reports in). */
  private readonly mounted = new Map<string, { element: Element | null; release: () => boolean } | null>();
  private idle: (() => void) | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private running = false;

  constructor(
    private readonly schedule: (run: () => void) => () => void = whenIdle,
    private readonly nearPx = 200,
    private readonly budget = MOUNTED_EDITOR_BUDGET,
  ) {}

  /** Start observing and mounting (the page's effect; stop() undoes it, start() resumes). */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: `${this.nearPx}px 0px` });
      for (const el of this.elements.keys()) this.observer.observe(el);
    }
    this.kick();
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    this.idle?.();
    this.idle = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  /**
   * A section waits for its editor. `mount` is called once (near the screen, in idle time, or on
   * mountNow). Without IntersectionObserver everything mounts in idle time. Returns cancel.
   */
  request(bodyId: string, element: Element | null, mount: () => void): () => void {
    this.waiting.set(bodyId, mount);
    this.order.push(bodyId);
    this.observe(bodyId, element);
    this.kick();
    return () => {
      this.waiting.delete(bodyId);
      this.unobserve(element);
    };
  }

  /**
   * A section's editor is mounted. `release` returns it to text, or returns false when it cannot go now
   * (focus, toolbar). Returns cancel: the editor unmounted. (Not observed: an observer target costs
   * every frame, and typing makes frames; its distance from the screen is read only when the budget is
   * exceeded.)
   */
  hold(bodyId: string, element: Element | null, release: () => boolean): () => void {
    const entry = { element, release };
    this.mounted.set(bodyId, entry);
    this.kick();
    return () => {
      if (this.mounted.get(bodyId) === entry) this.mounted.delete(bodyId);
      this.kick();
    };
  }

  /** Mount this section's editor now (the user reached it). */
  mountNow(bodyId: string): void {
    const mount = this.waiting.get(bodyId);
    if (!mount) return;
    this.waiting.delete(bodyId);
    if (!this.mounted.has(bodyId)) this.mounted.set(bodyId, null);
    mount();
  }

  /** How many editors are mounted (or mounting). */
  get mountedCount(): number {
    return this.mounted.size;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const id = this.elements.get(e.target);
      if (id && e.isIntersecting) this.mountNow(id);
    }
    if (this.mounted.size > this.budget) this.kick();
  }

  private observe(bodyId: string, element: Element | null): void {
    if (!element) return;
    this.elements.set(element, bodyId);
    this.observer?.observe(element);
  }

  private unobserve(element: Element | null): void {
    if (!element) return;
    this.observer?.unobserve(element);
    this.elements.delete(element);
  }

  /**
   * One step per idle period, each a render of its own so input is never queued behind many: over the
   * budget, release the oldest far editor that can go; under it, mount the next waiting section.
   */
  private kick(): void {
    if (this.idle || !this.running) return;
    this.idle = this.schedule(() => {
      this.idle = null;
      const progressed = this.mounted.size > this.budget ? this.releaseOne() : this.mounted.size < this.budget && this.mountNext();
      if (progressed && (this.mounted.size > this.budget || (this.mounted.size < this.budget && this.order.some((id) => this.waiting.has(id))))) this.kick();
      else if (!progressed && this.mounted.size > this.budget) this.retryLater();
    });
  }

  /**
   * Over the budget with nothing releasable now (every extra editor near the screen, focused or holding
   * the toolbar): look again a little later. Scrolling's last intersection event can come while the
   * editors it passed are still near, and nothing else would ask again.
   */
  private retryLater(): void {
    if (this.retry || !this.running) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.kick();
    }, RETRY_MS);
  }

  private mountNext(): boolean {
    while (this.order.length > 0) {
      const next = this.order.shift()!;
      if (this.waiting.has(next)) {
        this.mountNow(next);
        return true;
      }
    }
    return false;
  }

  /**
   * Releases the farthest editor from the screen that can go (oldest first among equals). Only those
   * within twice the mounting margin stay whatever the count: with short sections a screen's height holds
   * more than the budget, and keeping everything within a screen (as before) left a page that had
   * scrolled past many sections over the budget for good (long-plan e2e: 19 editors for 16).
   */
  private releaseOne(): boolean {
    const candidates: Array<{ id: string; release: () => boolean; distance: number }> = [];
    for (const [id, entry] of this.mounted) {
      if (!entry) continue;
      const distance = this.distance(entry.element);
      if (distance > 2 * this.nearPx) candidates.push({ id, release: entry.release, distance });
    }
    // Array.prototype.sort is stable: equal distances keep the map's order, oldest first.
    candidates.sort((a, b) => b.distance - a.distance);
    for (const c of candidates) {
      if (c.release()) {
        this.mounted.delete(c.id);
        return true;
      }
    }
    return false;
  }

  /** How far (px) the element is above or below the screen; 0 on it; unknown (no element, no window) is far. */
  private distance(element: Element | null): number {
    if (!element || typeof innerHeight !== 'number') return Number.POSITIVE_INFINITY;
    const r = element.getBoundingClientRect();
    return Math.max(0, -r.bottom, r.top - innerHeight);
  }
}

/** The page's scheduler (DocumentView provides it); without one, every editor mounts at once. */
export const MountSchedulerContext = createContext<MountScheduler | null>(null);

export function useMountScheduler(): MountScheduler | null {
  return useContext(MountSchedulerContext);
}
