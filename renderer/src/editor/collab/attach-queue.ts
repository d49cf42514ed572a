import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';

/**
 * Hocuspocus closes a connection that has more than 100 documents awaiting authentication
 * (maxPendingDocuments), and a plan of 100+ sections has that many body docs. So body providers are
 * attached at most `limit` at a time, and, for such large plans, detached on a dropped connection and
 * re-attached the same way after the reconnect (otherwise all would re-authenticate at once, forever).
 */
export class AttachQueue {
  private readonly managed: HocuspocusProvider[] = [];
  private waiting: HocuspocusProvider[] = [];
  private readonly inFlight = new Set<HocuspocusProvider>();

  constructor(socket: HocuspocusProviderWebsocket, private readonly limit = 40) {
    socket.on('close', () => {
      if (this.managed.length <= this.limit) return;
      // After the providers' own close handlers have run.
      setTimeout(() => this.requeueAll(), 0);
    });
    socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.pump();
    });
  }

  add(p: HocuspocusProvider): void {
    this.managed.push(p);
    this.waiting.push(p);
    this.pump();
  }

  remove(p: HocuspocusProvider): void {
    const i = this.managed.indexOf(p);
    if (i >= 0) this.managed.splice(i, 1);
    this.waiting = this.waiting.filter((x) => x !== p);
    if (this.inFlight.delete(p)) this.pump();
  }

  private pump(): void {
    while (this.inFlight.size < this.limit && this.waiting.length > 0) {
      const p = this.waiting.shift()!;
      this.inFlight.add(p);
      let timer: ReturnType<typeof setTimeout> | null = null;
      const done = () => {
        p.off('authenticated', done);
        p.off('authenticationFailed', done);
        if (timer) clearTimeout(timer);
        if (this.inFlight.delete(p)) this.pump();
      };
      p.on('authenticated', done);
      p.on('authenticationFailed', done);
      // A lost reply must not hold a slot forever.
      timer = setTimeout(done, 15_000);
      p.attach();
    }
  }

  private requeueAll(): void {
    for (const p of this.managed) if (p.isAttached) p.detach();
    this.inFlight.clear();
    this.waiting = [...this.managed];
  }
}
