import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { resyncWhenStalled } from '../../../renderer/src/editor/collab/resync-when-stalled';

/** Two updates of one author; the second alone cannot be integrated (its predecessor is missing). */
function gap(): [Uint8Array, Uint8Array] {
  const a = new Y.Doc();
  const first = (() => {
    a.getText('t').insert(0, '甲');
    return Y.encodeStateAsUpdate(a);
  })();
  const sv = Y.encodeStateVector(a);
  a.getText('t').insert(1, '乙');
  return [first, Y.encodeStateAsUpdate(a, sv)];
}

function provider() {
  const forceSync = vi.fn();
  return { forceSync, provider: { forceSync } as unknown as HocuspocusProvider };
}

describe('resyncWhenStalled', () => {
  afterEach(() => vi.useRealTimers());

  it('asks the server by state vector when structs are still pending a few seconds later', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    const { forceSync, provider: p } = provider();
    resyncWhenStalled(doc, p, (o) => o === 'net');
    const [, second] = gap();
    Y.applyUpdate(doc, second, 'net');
    vi.advanceTimersByTime(2900);
    expect(forceSync).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(forceSync).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the missing update arrives in time, or after stopping', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    const { forceSync, provider: p } = provider();
    const stop = resyncWhenStalled(doc, p, (o) => o === 'net');
    const [first, second] = gap();
    Y.applyUpdate(doc, second, 'net');
    Y.applyUpdate(doc, first, 'net');
    expect(doc.getText('t').toString()).toBe('甲乙');
    vi.advanceTimersByTime(10_000);
    expect(forceSync).not.toHaveBeenCalled();
    stop();
    Y.applyUpdate(doc, gap()[1], 'net');
    expect(doc.store.pendingStructs).not.toBeNull();
    vi.advanceTimersByTime(10_000);
    expect(forceSync).not.toHaveBeenCalled();
  });
});
