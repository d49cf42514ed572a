import * as Y from 'yjs';
import { CorruptDocumentError } from './document-store';

/** Stored states carry a magic and a version, so a foreign or truncated file is recognised, not applied. */
const MAGIC = [0x50, 0x53, 0x59, 0x44]; // "PSYD"
export const ENVELOPE_VERSION = 1;

export const StateEnvelope = {
  wrap(state: Uint8Array): Uint8Array {
    const out = new Uint8Array(state.length + 5);
    out.set(MAGIC, 0);
    out[4] = ENVELOPE_VERSION;
    out.set(state, 5);
    return out;
  },
  /** Unwrap and check that Yjs can decode the update; throws CorruptDocumentError otherwise. */
  unwrap(name: string, bytes: Uint8Array): Uint8Array {
    if (bytes.length < 5 || MAGIC.some((b, i) => bytes[i] !== b)) throw new CorruptDocumentError(name, 'bad header');
    if (bytes[4] !== ENVELOPE_VERSION) throw new CorruptDocumentError(name, `unknown envelope version ${bytes[4]}`);
    const state = bytes.subarray(5);
    try {
      const probe = new Y.Doc();
      Y.applyUpdate(probe, state);
      // Structs that cannot be integrated mean missing or mangled bytes.
      if (probe.store.pendingStructs !== null || probe.store.pendingDs !== null) throw new Error('pending structs');
      probe.destroy();
    } catch (e) {
      throw new CorruptDocumentError(name, (e as Error).message);
    }
    return state;
  },
};
