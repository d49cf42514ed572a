import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../server/logger';
import { encodeJournalRecord, journalHeader, parseJournal } from './journal-records';

interface Pending {
  record: Uint8Array;
  resolve(): void;
  reject(e: unknown): void;
}

interface JournalFile {
  /** Everything touching the file runs in this chain: batches of appends, reads, compaction. */
  tail: Promise<unknown>;
  pending: Pending[];
  /** A batch is queued on `tail` and will take every pending record. */
  scheduled: boolean;
  /** The file's tail was checked (and a torn one cut off) since this process last failed to write it. */
  checked: boolean;
}

/**
 * Append-only update journals, one file per document (format: journal-records.ts). An append resolves
 * only after its record is written and fdatasync'ed (and, for a new file, its directory entry synced):
 * that is when the server may acknowledge the update. Group commit: appends arriving while a batch is
 * being written go into the next batch, one write and one fdatasync for all of them.
 */
export class FileJournal {
  private readonly files = new Map<string, JournalFile>();

  constructor(private readonly log?: Logger) {}

  private stateOf(file: string): JournalFile {
    let st = this.files.get(file);
    if (!st) {
      st = { tail: Promise.resolve(), pending: [], scheduled: false, checked: false };
      this.files.set(file, st);
    }
    return st;
  }

  /** Run `work` alone on this journal (no batch is written meanwhile). */
  exclusive<T>(file: string, work: () => Promise<T>): Promise<T> {
    const st = this.stateOf(file);
    const run = st.tail.then(work, work);
    st.tail = run.catch(() => undefined);
    return run;
  }

  append(file: string, update: Uint8Array): Promise<void> {
    const st = this.stateOf(file);
    return new Promise<void>((resolve, reject) => {
      st.pending.push({ record: encodeJournalRecord(update), resolve, reject });
      if (st.scheduled) return;
      st.scheduled = true;
      void this.exclusive(file, () => this.writeBatch(file, st));
    });
  }

  private async writeBatch(file: string, st: JournalFile): Promise<void> {
    st.scheduled = false;
    const batch = st.pending.splice(0);
    if (batch.length === 0) return;
    try {
      await this.write(file, st, batch.map((p) => p.record));
      for (const p of batch) p.resolve();
    } catch (e) {
      // The next writer re-checks the tail: a partial write must not sit in front of later records.
      st.checked = false;
      for (const p of batch) p.reject(e);
    }
  }

  private async write(file: string, st: JournalFile, records: Uint8Array[]): Promise<void> {
    if (!st.checked) await this.repair(file, st);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const handle = await fs.open(file, 'a');
    let size = 0;
    try {
      size = (await handle.stat()).size;
      const parts = size === 0 ? [journalHeader(), ...records] : records;
      await handle.writeFile(Buffer.concat(parts));
      await handle.datasync();
    } catch (e) {
      // Best effort: cut off what part of this batch made it (ENOSPC mid-write), so the file ends on a
      // record boundary; if even that fails, repair() does it before the next write.
      await handle.truncate(size).catch(() => undefined);
      throw e;
    } finally {
      await handle.close();
    }
    if (size === 0) await syncDir(path.dirname(file));
  }

  /**
   * Before the first append of this process (or after a failed one): a tail left by a crash or a failed
   * write is cut off, so new records are not stored behind bytes that stop every later read. A tail that
   * is not a plain torn write (a checksum failure, garbage) is kept in `<file>.bad-<time>` first.
   */
  private async repair(file: string, st: JournalFile): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      st.checked = true;
      return;
    }
    const parsed = parseJournal(bytes);
    if (parsed.ignoredBytes > 0) {
      const tail = bytes.subarray(parsed.validLength);
      const plainTear = parsed.stopReason?.startsWith('torn') || tail.every((b) => b === 0);
      let kept = '';
      if (!plainTear) {
        const bad = `${file}.bad-${Date.now()}`;
        await fs.writeFile(bad, tail);
        kept = `; kept in ${path.basename(bad)}`;
      }
      this.log?.warn(`journal ${file}: cut off ${parsed.ignoredBytes} bytes after the last valid record (${parsed.stopReason})${kept}`);
      if (parsed.validLength === 0) await fs.rm(file, { force: true });
      else await fs.truncate(file, parsed.validLength);
      await syncDir(path.dirname(file));
    }
    st.checked = true;
  }

  /** Valid records of a journal (none if it does not exist); call inside exclusive(). */
  async read(file: string): Promise<Uint8Array[]> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const parsed = parseJournal(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (parsed.ignoredBytes > 0) {
      this.log?.warn(`journal ${file}: ignoring ${parsed.ignoredBytes} bytes after record ${parsed.records.length} (${parsed.stopReason}); never acknowledged`);
    }
    return parsed.records;
  }

  /** Delete a journal whose records are all in the stored snapshot; call inside exclusive(). */
  async remove(file: string): Promise<void> {
    try {
      await fs.unlink(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    // Not synced, the journal would come back after a crash: harmless (its updates are in the snapshot).
    await syncDir(path.dirname(file));
    this.stateOf(file).checked = true;
  }
}

export async function syncDir(dir: string): Promise<void> {
  // Directory fsync makes a rename or a new file durable on Linux; Windows cannot open directories, and needs none.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
