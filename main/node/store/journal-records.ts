import { crc32 } from 'node:zlib';

/**
 * The on-disk format of a document's update journal (`<doc>.journal`, docs/coediting.md "Durability"):
 *
 *   header  "PSYJ" 0x01
 *   record  <payload length, u32 LE> <crc32(payload), u32 LE> <payload: one Yjs update>
 *
 * Records are appended and fsynced before the update they hold is acknowledged. A crash can leave the
 * last batch half written: reading stops at the first record whose length runs past the end of the
 * file, whose length is zero (a zero-filled tail) or whose checksum fails, as PostgreSQL's WAL replay
 * stops at the first invalid record. Everything from there on was never acknowledged.
 */
const MAGIC = [0x50, 0x53, 0x59, 0x4a]; // "PSYJ"
export const JOURNAL_VERSION = 1;
export const JOURNAL_HEADER_BYTES = 5;
const RECORD_HEADER_BYTES = 8;
/** No single update is this large (the WebSocket frame limit is 8 MiB): a larger length is garbage. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface ParsedJournal {
  records: Uint8Array[];
  /** Bytes from the start of the file up to the end of the last valid record. */
  validLength: number;
  /** Bytes after validLength (a torn or damaged tail), and why reading stopped there. */
  ignoredBytes: number;
  stopReason: string | null;
}

export function journalHeader(): Uint8Array {
  return Uint8Array.from([...MAGIC, JOURNAL_VERSION]);
}

export function encodeJournalRecord(update: Uint8Array): Uint8Array {
  const out = new Uint8Array(RECORD_HEADER_BYTES + update.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, update.length, true);
  view.setUint32(4, crc32(update), true);
  out.set(update, RECORD_HEADER_BYTES);
  return out;
}

export function parseJournal(bytes: Uint8Array): ParsedJournal {
  if (bytes.length === 0) return { records: [], validLength: 0, ignoredBytes: 0, stopReason: null };
  const headerOk = bytes.length >= JOURNAL_HEADER_BYTES && MAGIC.every((b, i) => bytes[i] === b) && bytes[4] === JOURNAL_VERSION;
  if (!headerOk) return { records: [], validLength: 0, ignoredBytes: bytes.length, stopReason: 'bad journal header' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  let at = JOURNAL_HEADER_BYTES;
  let stopReason: string | null = null;
  while (at < bytes.length) {
    if (bytes.length - at < RECORD_HEADER_BYTES) {
      stopReason = `torn record header at offset ${at}`;
      break;
    }
    const length = view.getUint32(at, true);
    if (length === 0 || length > MAX_RECORD_BYTES) {
      stopReason = `invalid record length ${length} at offset ${at}`;
      break;
    }
    const end = at + RECORD_HEADER_BYTES + length;
    if (end > bytes.length) {
      stopReason = `torn record at offset ${at} (${length} bytes declared, ${bytes.length - at - RECORD_HEADER_BYTES} present)`;
      break;
    }
    const payload = bytes.subarray(at + RECORD_HEADER_BYTES, end);
    if (crc32(payload) !== view.getUint32(at + 4, true)) {
      stopReason = `checksum mismatch in the record at offset ${at}`;
      break;
    }
    records.push(payload);
    at = end;
  }
  return { records, validLength: at, ignoredBytes: bytes.length - at, stopReason };
}
