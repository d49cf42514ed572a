import { createContext, useContext } from 'react';

/**
 * Decides when each section's Slate editor is mounted. Opening a plan renders every section at once as
 * static text (cheap: the whole document is in the page, so find-in-page, outline jumps and scrolling
 * work from the first frame); the editors of the sections on or near the screen mount at once, and the
 * others one at a time while the page is idle, in document order, so a long plan is fully editable a
 * moment later without the first frame paying for a thousand Slate nodes. A section the user reaches
 * first (scroll, outline jump, click, arrow key) jumps the queue.
 */
export class MountScheduler {
  private readonly waiting = new Map<string, () => void>();
  private readonly order: string[] = [];
  private observer: IntersectionObserver | null = null;
  private readonly elements = new Map<Element, string>();
  private idle: (() => void) | null = null;
  private running = false;

  constructor(private readonly schedule: (run: () => void) => () => void = whenIdle, private readonly nearPx = 200) {}

  /** Start observing and mounting (the page's effect; stop() undoes it, start() resumes). */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        for (const e of entries) {
          const id = this.elements.get(e.target);
          if (e.isIntersecting && id) this.mountNow(id);
        }
      }, { rootMargin: `${this.nearPx}px 0px` });
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
  }

  /**
   * A section waits for its editor. `mount` is called once (near the screen, in idle time, or on
   * mountNow). Without IntersectionObserver everything mounts in idle time. Returns cancel.
   */
  request(bodyId: string, element: Element | null, mount: () => void): () => void {
    this.waiting.set(bodyId, mount);
    this.order.push(bodyId);
    if (element) {
      this.elements.set(element, bodyId);
      this.observer?.observe(element);
    }
    this.kick();
    return () => this.forget(bodyId, element);
  }

  /** Mount this section's editor now (the user reached it). */
  mountNow(bodyId: string): void {
    const mount = this.waiting.get(bodyId);
    if (!mount) return;
    this.waiting.delete(bodyId);
    mount();
  }

  private forget(bodyId: string, element: Element | null): void {
    this.waiting.delete(bodyId);
    if (element) {
      this.observer?.unobserve(element);
      this.elements.delete(element);
    }
  }

  /** One editor per idle period: each mount is a render of its own, so input is never queued behind many. */
  private kick(): void {
    if (this.idle || !this.running) return;
    this.idle = this.schedule(() => {
      this.idle = null;
      while (this.order.length > 0) {
        const next = this.order.shift()!;
        if (this.waiting.has(next)) {
          this.mountNow(next);
          break;
        }
      }
      if (this.order.length > 0) this.kick();
    });
  }
}

/** Soon, in an idle period (at most a second later); a plain task where requestIdleCallback is missing. Returns cancel. */
export function whenIdle(run: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/** The page's scheduler (DocumentView provides it); without one, every editor mounts at once. */
export const MountSchedulerContext = createContext<MountScheduler | null>(null);

export function useMountScheduler(): MountScheduler | null {
  return useContext(MountSchedulerContext);
}
