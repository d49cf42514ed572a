import { zipSync } from 'fflate';
import { ZipSignature, writeEndOfCentralDirectory } from './zip-records';

// ZIP records (APPNOTE.TXT 4.3): local file header, central directory header, end of central directory.
const { local: LOCAL, central: CENTRAL, end: END } = ZipSignature;

interface Entry {
  name: string;
  /** The whole local record: header, name, extra, data (and a data descriptor, if any). */
  local: Uint8Array;
  /** The central directory header with its name, extra and comment. */
  central: Uint8Array;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const decoder = new TextDecoder();

/** The entries of a (non-ZIP64) archive in their order, each with its records copied as they are. */
function readEntries(zip: Uint8Array): Entry[] {
  const v = view(zip);
  let end = zip.length - 22;
  while (end >= 0 && v.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = v.getUint16(end + 10, true);
  const cdSize = v.getUint32(end + 12, true);
  const cdStart = v.getUint32(end + 16, true);
  if (cdStart === 0xffffffff || count === 0xffff) throw new Error('ZIP64 archives are not supported');
  const raw: Array<{ name: string; offset: number; central: Uint8Array }> = [];
  for (let p = cdStart, i = 0; i < count; i++) {
    if (v.getUint32(p, true) !== CENTRAL) throw new Error('corrupt zip: bad central directory header');
    const nameLen = v.getUint16(p + 28, true);
    const len = 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    raw.push({ name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLen)), offset: v.getUint32(p + 42, true), central: zip.subarray(p, p + len) });
    p += len;
  }
  if (raw.length && raw.reduce((n, e) => n + e.central.length, 0) !== cdSize) throw new Error('corrupt zip: central directory size');
  // A local record runs to the next one (by offset) or to the central directory: this keeps data descriptors.
  const starts = raw.map((e) => e.offset).sort((a, b) => a - b);
  return raw.map((e) => {
    if (v.getUint32(e.offset, true) !== LOCAL) throw new Error(`corrupt zip: bad local header for ${e.name}`);
    const next = starts.find((s) => s > e.offset) ?? cdStart;
    return { name: e.name, local: zip.subarray(e.offset, next), central: e.central };
  });
}

/**
 * The archive with some entries replaced (in their place) or added (at the end), every other entry's
 * compressed bytes copied as they are. Re-zipping a whole .docx to change a few small parts inflated and
 * deflated the ~1.4 MB document.xml again: most of the packing time of a large export.
 */
export function replaceZipEntries(zip: Uint8Array, replacements: Record<string, Uint8Array>, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
  const fresh = new Map(readEntries(zipSync(replacements, { level })).map((e) => [e.name, e]));
  const entries = readEntries(zip).map((e) => fresh.get(e.name) ?? e);
  const kept = new Set(entries.map((e) => e.name));
  for (const [name, e] of fresh) if (!kept.has(name)) entries.push(e);
  const localSize = entries.reduce((n, e) => n + e.local.length, 0);
  const cdSize = entries.reduce((n, e) => n + e.central.length, 0);
  const out = new Uint8Array(localSize + cdSize + 22);
  const v = view(out);
  let p = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(p);
    out.set(e.local, p);
    p += e.local.length;
  }
  entries.forEach((e, i) => {
    out.set(e.central, p);
    v.setUint32(p + 42, offsets[i]!, true);
    p += e.central.length;
  });
  writeEndOfCentralDirectory(v, p, entries.length, cdSize, localSize);
  return out;
}
