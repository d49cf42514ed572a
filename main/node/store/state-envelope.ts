import { crc32 } from 'node:zlib';
import * as Y from 'yjs';
import { CorruptDocumentError } from './document-store';

/**
 * Stored states carry a magic, a version and (from v2) a CRC-32 of the state, so a foreign, truncated
 * or bit-flipped file is recognised as corrupt instead of being applied. Without the checksum one
 * changed byte in a root type's name still decoded, into a document whose section read as empty.
 *
 *   v1: "PSYD" 0x01 <state>                         (still read; never written any more)
 *   v2: "PSYD" 0x02 <crc32(state), u32 LE> <state>
 */
const MAGIC = [0x50, 0x53, 0x59, 0x44]; // "PSYD"
export const ENVELOPE_VERSION = 2;
const V1_HEADER = 5;
const V2_HEADER = 9;

export const StateEnvelope = {
  wrap(state: Uint8Array): Uint8Array {
    const out = new Uint8Array(state.length + V2_HEADER);
    out.set(MAGIC, 0);
    out[4] = ENVELOPE_VERSION;
    new DataView(out.buffer).setUint32(5, crc32(state), true);
    out.set(state, V2_HEADER);
    return out;
  },
  /** Unwrap, check the checksum and that Yjs can decode the update; throws CorruptDocumentError otherwise. */
  unwrap(name: string, bytes: Uint8Array): Uint8Array {
    const state = StateEnvelope.open(name, bytes);
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
  /** Header and checksum only (no Yjs decode): journal records are checked this way. */
  open(name: string, bytes: Uint8Array): Uint8Array {
    if (bytes.length < V1_HEADER || MAGIC.some((b, i) => bytes[i] !== b)) throw new CorruptDocumentError(name, 'bad header');
    if (bytes[4] === 1) return bytes.subarray(V1_HEADER);
    if (bytes[4] !== ENVELOPE_VERSION) throw new CorruptDocumentError(name, `unknown envelope version ${bytes[4]}`);
    if (bytes.length < V2_HEADER) throw new CorruptDocumentError(name, 'truncated header');
    const state = bytes.subarray(V2_HEADER);
    const expected = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(5, true);
    if (crc32(state) !== expected) throw new CorruptDocumentError(name, 'checksum mismatch');
    return state;
  },
};
