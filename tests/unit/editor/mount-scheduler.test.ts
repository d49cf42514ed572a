import { describe, expect, it, vi } from 'vitest';
import { MountScheduler } from '../../../renderer/src/editor/mount-scheduler';

/** A scheduler whose idle periods the test runs by hand (no IntersectionObserver in Node: idle only). */
function manual(budget?: number) {
  const queue: Array<() => void> = [];
  const mounted: string[] = [];
  const scheduler = new MountScheduler((run) => {
    queue.push(run);
    return () => queue.splice(queue.indexOf(run), 1);
  }, 200, budget);
  const request = (id: string) => scheduler.request(id, null, () => mounted.push(id));
  const idle = () => queue.shift()?.();
  return { scheduler, queue, mounted, request, idle };
}

describe('MountScheduler', () => {
  it('mounts nothing before start, then one editor per idle period in the order asked', () => {
    const m = manual();
    for (const id of ['preamble', 's1', 's2', 'closing']) m.request(id);
    expect(m.queue).toHaveLength(0);
    m.scheduler.start();
    m.idle();
    expect(m.mounted).toEqual(['preamble']);
    m.idle();
    m.idle();
    expect(m.mounted).toEqual(['preamble', 's1', 's2']);
    m.idle();
    expect(m.mounted).toEqual(['preamble', 's1', 's2', 'closing']);
    expect(m.queue).toHaveLength(0);
  });

  it('a section the user reaches jumps the queue and is mounted once', () => {
    const m = manual();
    m.scheduler.start();
    for (const id of ['s1', 's2', 's3']) m.request(id);
    m.scheduler.mountNow('s3');
    m.scheduler.mountNow('s3');
    expect(m.mounted).toEqual(['s3']);
    m.idle();
    m.idle();
    m.idle();
    expect(m.mounted).toEqual(['s3', 's1', 's2']);
  });

  it('a cancelled request (section removed) is never mounted; stop() holds the rest until start()', () => {
    const m = manual();
    m.scheduler.start();
    const cancel = m.request('gone');
    m.request('kept');
    cancel();
    m.scheduler.stop();
    expect(m.queue).toHaveLength(0);
    m.scheduler.start();
    m.idle();
    m.idle();
    expect(m.mounted).toEqual(['kept']);
  });

  it('mounts in idle time only up to the budget; a section the user reaches mounts past it', () => {
    const m = manual(2);
    m.scheduler.start();
    for (const id of ['s1', 's2', 's3', 's4']) m.request(id);
    m.idle();
    m.idle();
    expect(m.mounted).toEqual(['s1', 's2']);
    expect(m.queue).toHaveLength(0);
    m.scheduler.mountNow('s4');
    expect(m.mounted).toEqual(['s1', 's2', 's4']);
    expect(m.scheduler.mountedCount).toBe(3);
  });

  it('over the budget, releases the oldest editor that can go, one per idle period, and mounts nothing more', () => {
    const m = manual(2);
    m.scheduler.start();
    const released: string[] = [];
    const hold = (id: string, canGo: boolean) => m.scheduler.hold(id, null, () => {
      if (canGo) released.push(id);
      return canGo;
    });
    for (const id of ['s1', 's2', 's3', 's4']) m.request(id);
    m.idle();
    m.idle();
    hold('s1', false); // holds the focus
    hold('s2', true);
    m.scheduler.mountNow('s3');
    const releaseS3 = hold('s3', true);
    m.scheduler.mountNow('s4');
    hold('s4', true);
    expect(m.scheduler.mountedCount).toBe(4);
    m.idle();
    expect(released).toEqual(['s2']);
    m.idle();
    expect(released).toEqual(['s2', 's3']);
    expect(m.scheduler.mountedCount).toBe(2);
    // The released editor's unmount reports in late: nothing is counted twice.
    releaseS3();
    expect(m.scheduler.mountedCount).toBe(2);
    m.idle();
    expect(released).toEqual(['s2', 's3']);
    expect(m.mounted).toEqual(['s1', 's2', 's3', 's4']);
  });
  it('over the budget with nothing releasable yet, looks again later until an editor can go', () => {
    vi.useFakeTimers();
    try {
      const m = manual(1);
      m.scheduler.start();
      let canGo = false;
      const released: string[] = [];
      for (const id of ['s1', 's2']) m.request(id);
      m.scheduler.mountNow('s1');
      m.scheduler.hold('s1', null, () => {
        if (canGo) released.push('s1');
        return canGo;
      });
      m.scheduler.mountNow('s2');
      m.scheduler.hold('s2', null, () => false);
      m.idle();
      expect(released).toEqual([]);
      expect(m.queue).toHaveLength(0);
      // s1 may go now (scrolled further away, focus gone): no event says so, the retry finds it.
      canGo = true;
      vi.advanceTimersByTime(1000);
      m.idle();
      expect(released).toEqual(['s1']);
      expect(m.scheduler.mountedCount).toBe(1);
      // Back within the budget: no more retries.
      vi.advanceTimersByTime(5000);
      expect(m.queue).toHaveLength(0);
      m.scheduler.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('over the budget, releases the farthest editor first and keeps those within twice the mounting margin', () => {
    vi.stubGlobal('innerHeight', 700);
    try {
      const m = manual(1);
      m.scheduler.start();
      const released: string[] = [];
      /** A section whose top is `top` px from the top of the screen, 80 px tall. */
      const at = (top: number) => ({ getBoundingClientRect: () => ({ top, bottom: top + 80 }) }) as unknown as Element;
      const place: Record<string, number> = { old: -500, far: 3000, onScreen: 100, justBelow: 700 + 350, farAbove: -2000 };
      for (const [id, top] of Object.entries(place)) {
        m.request(id);
        m.scheduler.mountNow(id);
        m.scheduler.hold(id, at(top), () => {
          released.push(id);
          return true;
        });
      }
      for (let i = 0; i < 5; i++) m.idle();
      // 'far' (2300 px below) before 'farAbove' (1920 px above) before 'old' (420 px above, the oldest);
      // 'justBelow' (350 px) and 'onScreen' stay although the page is still over the budget.
      expect(released).toEqual(['far', 'farAbove', 'old']);
      expect(m.scheduler.mountedCount).toBe(2);
      m.scheduler.stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
