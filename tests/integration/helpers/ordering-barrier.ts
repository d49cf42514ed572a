import type { HocuspocusProvider } from '@hocuspocus/provider';
import { expect } from 'vitest';
import { eventually } from './server-harness';

let nonces = 0;

/**
 * An ordering barrier for "the server did not apply that edit" (in place of a sleep, which proves little on
 * a loaded machine). Hocuspocus handles one connection's messages in the order they arrive, and an applied
 * update is broadcast to the document's other connections as it is applied. So once an awareness update sent
 * by `sender` after its edit has reached `observer` (another connection to the same document), the server has
 * handled that edit: had it applied it, the observer would already hold it and its store would be scheduled.
 * Awareness is relayed for read-only connections too; a connection the gate closes never passes the barrier
 * (wait on the gate's log line there instead).
 */
export async function awarenessBarrier(sender: HocuspocusProvider, observer: HocuspocusProvider): Promise<void> {
  const nonce = `barrier-${process.pid}-${++nonces}`;
  sender.setAwarenessField('barrier', nonce);
  await eventually(() => expect([...observer.awareness!.getStates().values()].some((s) => s.barrier === nonce)).toBe(true));
}
