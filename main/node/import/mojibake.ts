import { Traditional } from '../../common/import/traditional';
/**
 * Mojibake: a UTF-8 text once opened as GBK and saved again ("锛堣仈绯讳汉锛" for "（联系人："). Each
 * 3-byte UTF-8 character became one and a half GBK characters, so the bytes are all still there: encoding
 * the line as GBK and decoding it as UTF-8 gives the text back. Lines are repaired one by one, only when
 * the result is clean; lines that look garbled but do not come back are reported, never changed.
 */

let gbkTable: Map<string, number[]> | null = null;

/** Every GBK double-byte character with its bytes (built once, from the platform's GBK decoder). */
function gbkEncoder(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  table.set('€', [0x80]);
  gbkTable = table;
  return table;
}

/**
 * UTF-8 writes a CJK character as E4–E9 and two continuation bytes, so read as GBK every other character
 * comes from rows E4–E9 — GB2312's rare level-2 characters (鍚 涓 鐨 銆 …). Ordinary Chinese text has few
 * of them; a line where they are a fifth of the CJK characters or more is mojibake.
 */
function looksGarbled(line: string): boolean {
  const table = gbkEncoder();
  let cjk = 0;
  let rare = 0;
  for (const ch of line) {
    const b = table.get(ch);
    if (!b || b.length < 2) continue;
    cjk++;
    if (b[0]! >= 0xe4 && b[0]! <= 0xe9) rare++;
  }
  return rare >= 3 && rare / cjk >= 0.2;
}

/** Stands for a character whose bytes were lost when the garbled text was saved. */
export const LOST = '□';

/** The line's GBK bytes decoded as UTF-8, or null when that is not clean text; `lost` counts □ put in. */
function undo(line: string): { text: string; lost: number } | null {
  const table = gbkEncoder();
  const decoder = new TextDecoder('utf-8');
  // The GBK reader replaced bytes it could not pair with U+FFFD: the character there is lost, the rest is not.
  const parts: string[] = [];
  let lost = 0;
  for (const seg of line.split('\ufffd')) {
    const bytes: number[] = [];
    for (const ch of seg) {
      const c = ch.codePointAt(0)!;
      const b = c < 0x80 ? [c] : table.get(ch);
      if (!b) return null;
      bytes.push(...b);
    }
    // A segment read from the middle of a character (one or two of its bytes lost before it: the GBK
    // reader was a byte off) starts with continuation bytes: drop them, that character is lost.
    let back: string | null = null;
    for (let k = 0; k <= 2 && back === null; k++) {
      const text = decoder.decode(new Uint8Array(bytes.slice(k)));
      const bad = (text.match(/\ufffd/g) ?? []).length;
      // Only the character cut by a lost byte (at the segment's end) may fail; more means this was not UTF-8.
      if (bad > 1 || (bad === 1 && !text.endsWith('\ufffd'))) continue;
      lost += bad + (k > 0 ? 1 : 0);
      back = (k > 0 ? LOST : '') + text.replace(/\ufffd$/, LOST);
    }
    if (back === null) return null;
    parts.push(back);
  }
  const text = parts.join('');
  if (looksGarbled(text)) return null;
  return { text, lost };
}

/**
 * GB2312's common characters (level 1, rows B0–D7) and its punctuation rows A1 and A3: what ordinary
 * Chinese text is made of. Everything else double-byte is rare (level 2, GBK's extensions, kana, box drawing).
 */
function isCommon(bytes: readonly number[]): boolean {
  const [lead, trail] = bytes as [number, number];
  return trail >= 0xa1 && ((lead >= 0xb0 && lead <= 0xd7) || lead === 0xa1 || lead === 0xa3);
}

function rareShare(chars: readonly string[], table: Map<string, number[]>): number {
  const rare = chars.filter((ch) => !isCommon(table.get(ch)!)).length;
  return chars.length ? rare / chars.length : 0;
}

/**
 * GBK text read one byte off ("等耍核涡〗" for "联系人：宋小姐"): each character is the trail byte of one and
 * the lead byte of the next, so about half of them are rare (the lead byte is any byte A1–FE); read again
 * from the next byte, the run is ordinary text. Runs of 6 or more double-byte characters, at least a third
 * rare, whose re-paired reading is at most a tenth rare, are given back; the half characters at both ends
 * are lost (□). Returns the line and how many runs and characters were repaired.
 */
function repairShiftedRuns(line: string): { text: string; runs: number; sample: string } {
  let runs = 0;
  let sample = '';
  // "?。ㄆ撸┳ゾo…" for "　（七）抓緊…": at a line's start an orphan byte ("?") shows where the reading went
  // off (often inside the indent's ideographic space), so a run of 4 is enough; the half-eaten indent is
  // not text and is dropped, the half character at the run's end stays marked.
  // A run of 3 is enough when a "?" (the next character, cut by a lost byte) closes it: "?。ㄈ┲?(chuàng)建…".
  // The indent before the "?" may have survived (" ?。ㄒ唬┩晟…"). When the run's last half character was
  // completed by a byte that reads as ASCII ("…霗C制行動": 機 is 99 43, its 43 read as "C"), that byte
  // gives it back whole and the reading is in step again after it.
  const start = /^\s*[?\ufffd](?:([^\s!-~\ufffd]{4,})|([^\s!-~\ufffd]{3})[?\ufffd])/.exec(line);
  const tail = start?.[1] ? /^[@-~]/.exec(line.slice(start[0].length))?.[0] : undefined;
  const whole = tail ? readShifted(start![1]!, tail.charCodeAt(0)) : null;
  const startBack = start ? numberBack(whole ?? readShifted(start[1] ?? start[2]!)) : null;
  const head = startBack === null ? '' : whole !== null ? startBack : `${startBack}${LOST}`;
  if (startBack !== null) {
    runs++;
    sample = start![1] ?? start![2]!;
  }
  const consumed = startBack === null ? 0 : start![0].length + (whole !== null ? 1 : 0);
  // The half character at the run's end, paired with what followed, may have become U+FFFD: it goes with it.
  const rest = line.slice(consumed).replace(/[^\s!-~\ufffd]{6,}\ufffd?/g, (whole, at: number, all: string) => {
    const run = whole.replace(/\ufffd$/, '');
    const back = readShifted(run);
    if (back === null) return whole;
    runs++;
    sample ||= run;
    // A run that opens its line (the orphan byte already dropped by the page) and gives back a whole opening
    // bracket first ("。ㄒ唬…" = "（一）…"): the half character eaten before that bracket can only be the
    // indent's, so nothing is marked lost there and "（一）…" stays a heading.
    const back2 = numberBack(back)!;
    const atStart = consumed === 0 && /^\s*$/.test(all.slice(0, at)) && /^（/.test(back2);
    return atStart ? `${back2}${LOST}` : `${LOST}${back}${LOST}`;
  });
  return { text: head + rest, runs, sample };
}

/**
 * "（订推進" for "（二）推進": read a byte off, "二）" (B6 FE A3 A9) pairs as B6|FE A3|A9, and FE A3 — GBK's
 * user-defined area, which the page's converter dropped — is lost: what is left, B6 A9, reads "订". A
 * numeral's lead byte names it (一二三…十 have ten different lead bytes), so a character of that lead byte
 * and ）'s trail byte A9 right after an opening （ is given back as the numeral and ）.
 */
function numberBack(back: string | null): string | null {
  const m = back === null ? null : /^（(.)/.exec(back);
  const bytes = m ? gbkEncoder().get(m[1]!) : undefined;
  if (!bytes || bytes.length !== 2 || bytes[1] !== 0xa9) return back;
  const numeral = [...'一二三四五六七八九十'].find((n) => gbkEncoder().get(n)![0] === bytes[0]);
  return numeral ? `（${numeral}）${back!.slice(2)}` : back;
}

/**
 * A run of double-byte characters, at least a third rare, read again from its second byte: ordinary text, or
 * null. `tail`: the byte that followed the run (read as ASCII), which completes its last half character.
 * Traditional characters are GBK's extensions (場 準 機), rare by the table: they count as their simplified
 * forms, so a traditional page's run comes back too.
 */
function readShifted(run: string, tail?: number): string | null {
  const table = gbkEncoder();
  const chars = [...run];
  if (chars.some((ch) => (table.get(ch)?.length ?? 0) !== 2) || rareShare(chars, table) < 1 / 3) return null;
  const bytes = chars.flatMap((ch) => table.get(ch)!);
  const back = new TextDecoder('gbk').decode(new Uint8Array(tail === undefined ? bytes.slice(1, -1) : [...bytes.slice(1), tail]));
  const backChars = [...Traditional.fold(back)];
  if (back.includes('\ufffd') || backChars.some((ch) => (table.get(ch)?.length ?? 0) !== 2) || rareShare(backChars, table) > 0.1) return null;
  return back;
}

export interface MojibakeRepair {
  text: string;
  /** Runs of GBK text read one byte off, given back (each loses a half character at both ends, □). */
  shifted: number;
  /** Some of those runs as they were garbled, for the report. */
  shiftedSamples: string[];
  /** Lines given back their text. */
  repaired: number;
  /** Characters whose bytes were lost (shown as □). */
  lost: number;
  /** Lines that look garbled but could not be given back (1-based line numbers, at most 10). */
  unrepaired: number[];
}

/** Repairs the garbled lines of a text (see above); the rest is returned unchanged. */
export function repairMojibake(text: string): MojibakeRepair {
  const lines = text.split('\n');
  let shifted = 0;
  let lost = 0;
  const samples: string[] = [];
  const shiftedBack = lines.map((line) => {
    if (looksGarbled(line)) return line;
    const r = repairShiftedRuns(line);
    shifted += r.runs;
    if (r.runs && samples.length < 3) samples.push(r.sample);
    return r.text;
  });
  if (!lines.some((l) => /[\u4e00-\u9fff]/.test(l) && looksGarbled(l))) {
    return { text: shifted ? shiftedBack.join('\n') : text, shifted, shiftedSamples: samples, repaired: 0, lost, unrepaired: [] };
  }
  let repaired = 0;
  const unrepaired: number[] = [];
  const out = shiftedBack.map((line, i) => {
    if (!looksGarbled(line)) return line;
    const back = undo(line.replace(/\r$/, ''));
    if (back === null) {
      if (unrepaired.length < 10) unrepaired.push(i + 1);
      return line;
    }
    repaired++;
    lost += back.lost;
    return line.endsWith('\r') ? `${back.text}\r` : back.text;
  });
  return { text: out.join('\n'), shifted, shiftedSamples: samples, repaired, lost, unrepaired };
}
