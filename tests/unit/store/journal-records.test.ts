import { describe, expect, it } from 'vitest';
import { encodeJournalRecord, JOURNAL_HEADER_BYTES, journalHeader, parseJournal } from '../../../main/node/store/journal-records';

const u = (...b: number[]) => Uint8Array.from(b);
function journal(...updates: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat([journalHeader(), ...updates.map(encodeJournalRecord)]));
}

describe('journal records (length + CRC-32)', () => {
  it('reads back every record', () => {
    const p = parseJournal(journal(u(1, 2, 3), u(4), u(5, 6)));
    expect(p.records).toEqual([u(1, 2, 3), u(4), u(5, 6)]);
    expect(p.ignoredBytes).toBe(0);
    expect(p.stopReason).toBeNull();
  });

  it('a torn last record (crash mid-write) is detected and ignored; the records before it stay', () => {
    const whole = journal(u(1, 2, 3), u(4, 5, 6, 7, 8));
    for (let cut = whole.length - 1; cut > JOURNAL_HEADER_BYTES + 11; cut--) {
      const p = parseJournal(whole.subarray(0, cut));
      expect(p.records, `cut at ${cut}`).toEqual([u(1, 2, 3)]);
      expect(p.validLength).toBe(JOURNAL_HEADER_BYTES + 11);
      expect(p.ignoredBytes).toBe(cut - p.validLength);
    }
  });

  it('a zero-filled tail (size extended, data never written) ends the journal', () => {
    const p = parseJournal(new Uint8Array(Buffer.concat([journal(u(9)), new Uint8Array(40)])));
    expect(p.records).toEqual([u(9)]);
    expect(p.ignoredBytes).toBe(40);
    expect(p.stopReason).toMatch(/invalid record length 0/);
  });

  it('a flipped byte in a record fails its checksum: reading stops there, as WAL replay does', () => {
    const bytes = journal(u(1, 2, 3), u(4, 5, 6), u(7));
    bytes[JOURNAL_HEADER_BYTES + 11 + 8 + 1] ^= 0xff; // inside the second payload
    const p = parseJournal(bytes);
    expect(p.records).toEqual([u(1, 2, 3)]);
    expect(p.stopReason).toMatch(/checksum mismatch/);
  });

  it('a foreign file is not a journal', () => {
    const p = parseJournal(Buffer.from('not a journal at all'));
    expect(p.records).toEqual([]);
    expect(p.stopReason).toBe('bad journal header');
  });
});
