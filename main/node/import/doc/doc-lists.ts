import { ListNumbering, type ListLevel } from '../list-numbering';
import type { DocBytes } from './doc-bytes';
import type { FcLcb } from './doc-fib';

/**
 * MSONFC ([MS-DOC] 2.9.158) in the order of ECMA-376's ST_NumberFormat, which follows it up to the Chinese
 * formats: 0 decimal … 23 bullet … 37 chineseCounting (一、二、三), 38 chineseLegalSimplified (壹、贰).
 */
const FORMATS = [
  'decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'ordinal', 'cardinalText', 'ordinalText', 'hex', 'chicago',
  'ideographDigital', 'japaneseCounting', 'aiueo', 'iroha', 'decimalFullWidth', 'decimalHalfWidth', 'japaneseLegal',
  'japaneseDigitalTenThousand', 'decimalEnclosedCircle', 'decimalFullWidth2', 'aiueoFullWidth', 'irohaFullWidth', 'decimalZero',
  'bullet', 'ganada', 'chosung', 'decimalEnclosedFullstop', 'decimalEnclosedParen', 'decimalEnclosedCircleChinese',
  'ideographEnclosedCircle', 'ideographTraditional', 'ideographZodiac', 'ideographZodiacTraditional', 'taiwaneseCounting',
  'ideographLegalTraditional', 'taiwaneseCountingThousand', 'taiwaneseDigital', 'chineseCounting', 'chineseLegalSimplified',
  'chineseCountingThousand',
];
const NFC_NONE = 0xff;

/** One LVL ([MS-DOC] 2.9.150) at `at`: its level and the offset after it. */
function readLvl(table: DocBytes, at: number): { level: ListLevel; end: number } {
  const start = table.u32(at) | 0;
  const nfc = table.u8(at + 4);
  const cbChpx = table.u8(at + 24);
  const cbPapx = table.u8(at + 25);
  const xst = at + 28 + cbPapx + cbChpx;
  const cch = table.u16(xst);
  // The number text: characters 0–8 stand for the numbers of levels 1–9 ("\\u0000、" is "%1、").
  let text = '';
  for (let i = 0; i < cch; i++) {
    const c = table.u16(xst + 2 + i * 2);
    text += c < 9 ? `%${c + 1}` : c === 0x25 ? '%%' : String.fromCharCode(c);
  }
  const format = nfc === NFC_NONE ? 'none' : FORMATS[nfc] ?? 'decimal';
  return { level: { format, text: text.replace(/%%/g, '%'), start }, end: xst + 2 + cch * 2 };
}

/** The list definitions: PlfLst's LSTFs, each followed (after them all) by its 1 or 9 LVLs; keyed by lsid. */
function readLists(table: DocBytes, plfLst: FcLcb): Map<string, Map<number, ListLevel>> {
  const lists = new Map<string, Map<number, ListLevel>>();
  const count = Math.max(0, table.u16(plfLst.fc) << 16 >> 16);
  let at = plfLst.fc + 2 + count * 28;
  for (let i = 0; i < count; i++) {
    const lstf = plfLst.fc + 2 + i * 28;
    const simple = (table.u8(lstf + 26) & 1) !== 0;
    const levels = new Map<number, ListLevel>();
    for (let l = 0; l < (simple ? 1 : 9); l++) {
      const lvl = readLvl(table, at);
      levels.set(l, lvl.level);
      at = lvl.end;
    }
    lists.set(String(table.u32(lstf)), levels);
  }
  return lists;
}

/** The list instances (PlfLfo, [MS-DOC] 2.9.151): 1-based, each naming its list and the levels it restarts. */
function readInstances(table: DocBytes, plfLfo: FcLcb): Map<string, { abstractId: string; starts: Map<number, number> }> {
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  const count = table.u32(plfLfo.fc);
  if (count > plfLfo.lcb / 16) return nums;
  let data = plfLfo.fc + 4 + count * 16;
  for (let i = 0; i < count; i++) {
    const lfo = plfLfo.fc + 4 + i * 16;
    const starts = new Map<number, number>();
    // LfoData: a CP, then one LFOLVL (8 bytes, an LVL after it when it reformats the level) per overridden level.
    let at = data + 4;
    for (let k = 0; k < table.u8(lfo + 12); k++) {
      const flags = table.u8(at + 4);
      if (flags & 0x10) starts.set(flags & 0x0f, table.u32(at) | 0);
      at = flags & 0x20 ? readLvl(table, at + 8).end : at + 8;
    }
    data = at;
    nums.set(String(i + 1), { abstractId: String(table.u32(lfo)), starts });
  }
  return nums;
}

/** Word's automatic numbering of a .doc, counted as a .docx's is (a list's count belongs to its definition). */
export function docLists(table: DocBytes, plfLst: FcLcb, plfLfo: FcLcb): ListNumbering {
  if (!plfLst.lcb || !plfLfo.lcb) return ListNumbering.of(new Map(), new Map());
  return ListNumbering.of(readLists(table, plfLst), readInstances(table, plfLfo));
}
