import { Inflate } from 'fflate';
import { UserError } from '../../common/errors';
import { ImportLimitError, LimitErrors } from './import-limits';

/** One file of a zip, as its central directory describes it (APPNOTE.TXT 4.3.12). */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A zip that is not what it says: truncated, sizes or checksums that lie, an unknown method. */
export class ZipError extends Error {
  constructor(readonly error: UserError) {
    super(error.detail);
  }
}

function damaged(zh: string, en: string): ZipError {
  return new ZipError(UserError.create('import.bad-docx', `这个 .docx 文件已损坏：${zh}，文件未导入。请在 Word/WPS 中打开并另存为 .docx 后重试。`, en));
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;

function need(bytes: Uint8Array, end: number, what: string): void {
  if (end > bytes.length) throw damaged('压缩包不完整（可能下载或复制时被截断）', `${what} runs past the end of the file (${end} > ${bytes.length})`);
}

/** The end of central directory record (and its zip64 form): where the directory is and how many entries. */
function directoryOf(bytes: Uint8Array): { offset: number; count: number } {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) !== 0x06054b50) continue;
    let count = u16(bytes, i + 10);
    let offset = u32(bytes, i + 16);
    if ((count === 0xffff || offset === 0xffffffff) && i >= 20 && u32(bytes, i - 20) === 0x07064b50) {
      const z = u64(bytes, i - 12);
      need(bytes, z + 56, 'zip64 end of central directory');
      if (u32(bytes, z) !== 0x06064b50) break;
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
    return { offset, count };
  }
  throw damaged('找不到压缩包的目录（文件不完整或不是 .docx）', 'no end of central directory record');
}

/** Sizes and offset that do not fit in 32 bits are in the zip64 extra field (id 1), in this order. */
function zip64(extra: Uint8Array, e: ZipEntry): void {
  for (let o = 0; o + 4 <= extra.length;) {
    const id = u16(extra, o);
    const len = u16(extra, o + 2);
    if (id === 1) {
      let p = o + 4;
      const take = () => { const v = u64(extra, p); p += 8; return v; };
      if (e.size === 0xffffffff && p + 8 <= o + 4 + len) e.size = take();
      if (e.compressedSize === 0xffffffff && p + 8 <= o + 4 + len) e.compressedSize = take();
      if (e.localOffset === 0xffffffff && p + 8 <= o + 4 + len) e.localOffset = take();
      return;
    }
    o += 4 + len;
  }
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const { offset, count } = directoryOf(bytes);
  const out: ZipEntry[] = [];
  const utf8 = new TextDecoder('utf-8');
  let p = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, p + 46, 'central directory');
    if (u32(bytes, p) !== 0x02014b50) throw damaged('压缩包目录已损坏', `no central directory header at ${p}`);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    need(bytes, p + 46 + nameLen + extraLen, 'central directory entry');
    const e: ZipEntry = {
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(bytes, p + 8), method: u16(bytes, p + 10), crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20), size: u32(bytes, p + 24), localOffset: u32(bytes, p + 42),
    };
    zip64(bytes.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), e);
    out.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(crc: number, chunk: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Compressed bytes are fed in small pieces: one piece inflates to at most ~1,000× its size. */
const FEED = 16 * 1024;

/**
 * The entry's real bytes, inflated as a stream that stops as soon as `budget.left` is used up (the
 * declared size is never trusted for that), then checked against the declared size and CRC-32.
 */
export function readEntry(bytes: Uint8Array, e: ZipEntry, budget: { left: number; limit: number }): Uint8Array {
  need(bytes, e.localOffset + 30, `local header of ${e.name}`);
  if (u32(bytes, e.localOffset) !== 0x04034b50) throw damaged(`${e.name} 的位置记录有误`, `no local header for ${e.name} at ${e.localOffset}`);
  if (e.flags & 1) throw damaged('文件已加密', `${e.name} is encrypted`);
  const start = e.localOffset + 30 + u16(bytes, e.localOffset + 26) + u16(bytes, e.localOffset + 28);
  need(bytes, start + e.compressedSize, `data of ${e.name}`);
  const data = bytes.subarray(start, start + e.compressedSize);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > budget.left) throw new ImportLimitError(LimitErrors.inflated(budget.limit));
    crc = crc32(crc, chunk);
    chunks.push(chunk);
  };
  if (e.method === 0) take(data);
  else if (e.method === 8) {
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      take(chunk);
      if (final) ended = true;
    });
    try {
      for (let o = 0; o < data.length && !ended; o += FEED) inflate.push(data.subarray(o, Math.min(o + FEED, data.length)), o + FEED >= data.length);
    } catch (err) {
      if (err instanceof ImportLimitError) throw err;
      throw damaged(`${e.name} 的压缩数据不完整或已损坏`, `inflating ${e.name} failed: ${(err as Error).message}`);
    }
    if (!ended) throw damaged(`${e.name} 的压缩数据不完整`, `deflate stream of ${e.name} ends early`);
  } else throw damaged(`${e.name} 使用了不支持的压缩方式`, `${e.name} uses compression method ${e.method}`);
  if (size !== e.size) {
    throw damaged(`${e.name} 的实际大小（${size} 字节）与压缩包中记录的大小（${e.size} 字节）不符，可能被截断或篡改`,
      `${e.name} inflates to ${size} bytes but declares ${e.size}`);
  }
  if (crc !== e.crc) throw damaged(`${e.name} 的校验值不符，内容已损坏`, `${e.name} CRC-32 ${crc.toString(16)} != declared ${e.crc.toString(16)}`);
  budget.left -= size;
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
