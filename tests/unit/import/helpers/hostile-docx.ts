import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function paragraphXml(text: string): string {
  return `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/** word/document.xml around a body. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** The smallest .docx the reader accepts: a zip with word/document.xml. */
export function docxOf(xml: string | Uint8Array, level: 0 | 1 | 6 = 6): Uint8Array {
  return zipSync({ 'word/document.xml': [typeof xml === 'string' ? strToU8(xml) : xml, { level }] });
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 345 → 三百四十五 (headings 一、 of any count). */
export function chineseNumeral(n: number): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const tens = t === 0 ? (h && u ? '零' : '') : `${t === 1 && !h ? '' : CN[t]}十`;
  return `${h ? `${CN[h]}百` : ''}${tens}${CN[u]}`;
}

/** A plan-shaped body: a title, `sections` headings 一、… each with `perSection` numbered measures. */
export function planBody(sections: number, perSection: number): string {
  const out = [paragraphXml('某县2025年质量强县行动计划')];
  for (let s = 1; s <= sections; s++) {
    out.push(paragraphXml(`${chineseNumeral(s)}、第${s}部分`));
    for (let m = 1; m <= perSection; m++) out.push(paragraphXml(`${m}.加强第${s}部分第${m}项质量工作。（责任单位：县市场监管局）`));
  }
  return out.join('');
}

/** `parts` headings 一、 (up to 99) with `subsections` headings （一） each, one measure in every one. */
export function deepPlanBody(parts: number, subsections: number): string {
  const out = [paragraphXml('某县2025年质量强县行动计划')];
  for (let s = 1; s <= parts; s++) {
    out.push(paragraphXml(`${chineseNumeral(s)}、第${s}部分`));
    for (let k = 1; k <= subsections; k++) {
      out.push(paragraphXml(`（${chineseNumeral(k)}）第${s}部分第${k}节`));
      out.push(paragraphXml(`1.加强第${s}部分第${k}节的质量工作。（责任单位：县市场监管局）`));
    }
  }
  return out.join('');
}

const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
function setU32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff; b[o + 1] = (v >>> 8) & 0xff; b[o + 2] = (v >>> 16) & 0xff; b[o + 3] = (v >>> 24) & 0xff;
}

/** A copy of the zip whose entry `name` declares `size` as its uncompressed size (local header and directory). */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const enc = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = u32(out, i);
    const at = sig === 0x04034b50 ? 30 : sig === 0x02014b50 ? 46 : -1;
    const sizeAt = sig === 0x04034b50 ? 22 : 24;
    const nameLenAt = sig === 0x04034b50 ? 26 : 28;
    if (at < 0) continue;
    const len = out[i + nameLenAt]! | (out[i + nameLenAt + 1]! << 8);
    if (len === enc.length && enc.every((c, k) => out[i + at + k] === c)) setU32(out, i + sizeAt, size);
  }
  return out;
}
