import fontkit from '@pdf-lib/fontkit';
import type { Fontkit } from 'pdf-lib/cjs/types/fontkit';

type FontkitFont = ReturnType<Fontkit['create']>;

/** Which face of a collection (.ttc/.otc) to use, keyed by the collection's bytes. */
const faceOf = new WeakMap<Uint8Array, string>();
/** Parsed fonts, keyed by their bytes: a CJK face takes ~0.2–1.5 s to parse, once per process. */
const parsed = new WeakMap<Uint8Array, FontkitFont>();

/** Bytes of a collection to be read as its face `postscriptName` (fontkit picks a face by that name). */
export function selectFace(bytes: Uint8Array, postscriptName: string): void {
  faceOf.set(bytes, postscriptName);
}

interface SubsetLike {
  cff?: unknown;
  encodeStream(): { on(event: string, cb: (arg: Uint8Array) => void): unknown };
}

/** A font dictionary of a CID-keyed CFF (FDArray entry). */
interface FontDict {
  FontName?: unknown;
  Private?: { Subrs?: unknown[] } | null;
}

/** What the FDSelect fix reads of fontkit's CFFSubset (its own fields, not a public API). */
interface CidSubset extends SubsetLike {
  glyphs: number[];
  font: { getGlyph(gid: number): { path: unknown; _usedSubrs?: Record<string, boolean> } };
  cff: { isCIDFont?: boolean; fdForGlyph(gid: number): number | null; topDict: { FDArray: FontDict[] } };
  subsetSubrs(subrs: unknown[], used: Record<string, boolean>): unknown[];
  subsetFontdict(topDict: { FDArray: FontDict[]; FDSelect: { version: number; fds: number[] } }): void;
}

/**
 * fontkit's subset of a CID-keyed CFF (Noto CJK, the 小标宋 fallback) gives every glyph the font dictionary
 * added last instead of its own, and counts the local subrs a glyph calls against that one too. Noto CJK
 * keeps 《》 in one dictionary and 汉字 in another, so the 汉字 after a 《 were drawn with the wrong private
 * dictionary and came out blank ("关于印发《…推进质量强旗实施方案》的通知": nothing after 《 but repeats).
 * Each glyph keeps its own dictionary here, renumbered in order of first use (CFF spec 5176, 19 FDSelect).
 */
function fixFdSelect(subset: SubsetLike): SubsetLike {
  const s = subset as CidSubset;
  if (!s.cff?.isCIDFont) return subset;
  s.subsetFontdict = (topDict) => {
    const index = new Map<number, number>();
    const usedSubrs: Array<Record<string, boolean>> = [];
    topDict.FDArray = [];
    topDict.FDSelect = { version: 0, fds: [] };
    for (const gid of s.glyphs) {
      const fd = s.cff.fdForGlyph(gid) ?? 0;
      let i = index.get(fd);
      if (i === undefined) {
        i = topDict.FDArray.length;
        index.set(fd, i);
        topDict.FDArray.push({ ...s.cff.topDict.FDArray[fd] });
        usedSubrs.push({});
      }
      topDict.FDSelect.fds.push(i);
      // Reading the path parses the charstring, which records the local subrs it calls.
      const glyph = s.font.getGlyph(gid);
      void glyph.path;
      Object.assign(usedSubrs[i]!, glyph._usedSubrs);
    }
    topDict.FDArray.forEach((dict, i) => {
      delete dict.FontName;
      if (dict.Private?.Subrs) dict.Private = { ...dict.Private, Subrs: s.subsetSubrs(dict.Private.Subrs, usedSubrs[i]!) };
    });
  };
  return subset;
}

/**
 * fontkit's CFF subset copies a wrong header: its 4th byte (offSize, 1–4) receives the source table's
 * length field, e.g. 10. Poppler then rejects the embedded font ("Embedded font file may be invalid")
 * and draws nothing; Acrobat and pdf.js are lenient. The offset size is unused by readers that follow
 * the offsets' own sizes, so 4 is always valid (CFF spec 5176, Table 2).
 */
function fixCffHeader(subset: SubsetLike): SubsetLike {
  const encode = subset.encodeStream.bind(subset);
  subset.encodeStream = () => {
    const stream = encode();
    const on = stream.on.bind(stream);
    let first = true;
    stream.on = (event: string, cb: (arg: Uint8Array) => void) => on(event, event === 'data' && subset.cff ? (chunk: Uint8Array) => {
      if (first && chunk.length > 3) {
        const copy = new Uint8Array(chunk);
        copy[3] = 4;
        first = false;
        return cb(copy);
      }
      first = false;
      return cb(chunk);
    } : cb);
    return stream;
  };
  return subset;
}

/** Parse (or reuse) a font: a collection's face chosen by selectFace. */
export function openFont(bytes: Uint8Array): FontkitFont {
  let font = parsed.get(bytes);
  if (font) return font;
  const name = faceOf.get(bytes);
  font = (name ? (fontkit.create as (b: Uint8Array, n?: string) => FontkitFont)(bytes, name) : fontkit.create(bytes));
  if (!font || typeof (font as { createSubset?: unknown }).createSubset !== 'function') {
    throw new Error(`font collection without the face ${name ?? '(none named)'}`);
  }
  const createSubset = font.createSubset.bind(font) as () => SubsetLike;
  (font as { createSubset: () => SubsetLike }).createSubset = () => fixFdSelect(fixCffHeader(createSubset()));
  parsed.set(bytes, font);
  return font;
}

/** The fontkit pdf-lib embeds with: cached parses, faces of collections, the CFF header and FDSelect fixes. */
export const subsetFontkit: Fontkit = { create: (bytes: Uint8Array) => openFont(bytes) } as Fontkit;
