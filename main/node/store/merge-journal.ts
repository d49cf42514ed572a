import * as Y from 'yjs';
import type { Logger } from '../server/logger';

/**
 * The stored state with the journal's updates applied (load and compaction). A record that Yjs cannot
 * decode is skipped and logged, never fatal: it held one client message the server could not apply
 * either (the connection was closed), so nobody was told it was saved. Returns null when there is no
 * state and nothing decodable in the journal.
 */
export function mergeJournal(name: string, state: Uint8Array | null, updates: readonly Uint8Array[], log?: Logger): Uint8Array | null {
  if (updates.length === 0) return state;
  const doc = new Y.Doc();
  try {
    if (state) Y.applyUpdate(doc, state);
    let applied = 0;
    updates.forEach((update, i) => {
      try {
        // Decode first: an update that fails half-way through applyUpdate could leave half of it behind.
        Y.decodeUpdate(update);
        Y.applyUpdate(doc, update);
        applied++;
      } catch (e) {
        log?.error(`journal of ${name}: skipped undecodable record ${i + 1} of ${updates.length} (${update.length} bytes): ${(e as Error).message}`);
      }
    });
    if (!state && applied === 0) return null;
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
