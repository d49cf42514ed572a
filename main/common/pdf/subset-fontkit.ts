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
  (font as { createSubset: () => SubsetLike }).createSubset = () => fixCffHeader(createSubset());
  parsed.set(bytes, font);
  return font;
}

/** The fontkit pdf-lib embeds with: cached parses, faces of collections, the CFF header fix. */
export const subsetFontkit: Fontkit = { create: (bytes: Uint8Array) => openFont(bytes) } as Fontkit;
