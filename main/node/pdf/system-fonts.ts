import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Face } from '../../common/docx/gbt9704-style';
import type { GlyphCoverage } from '../../common/docx/glyph-report';
import { fontHasGlyph, type PdfFonts } from '../../common/pdf/draw-pdf';

/** A font file candidate for a typeface role: the file name (case-insensitive) and, in a collection, the face. */
interface Candidate { file: string; face?: string; name: string }

/**
 * What each GB/T 9704 typeface role is drawn with, best first: the fonts Word/WPS users have on Windows
 * and UOS (仿宋_GB2312, 方正小标宋 …), then their Windows stand-ins, then the free faces (Fandol,
 * Noto CJK, Liberation) that the LibreOffice render tests use (tests/render/setup-fonts.sh).
 */
export const FONT_CANDIDATES: Record<Face, Candidate[]> = {
  fangsong: [
    { file: '仿宋_GB2312.ttf', name: '仿宋_GB2312' }, { file: 'FS_GB2312.ttf', name: '仿宋_GB2312' }, { file: 'fsgb2312.ttf', name: '仿宋_GB2312' },
    { file: 'simfang.ttf', name: '仿宋' }, { file: 'FandolFang-Regular.otf', name: 'FandolFang' },
  ],
  kaiti: [
    { file: '楷体_GB2312.ttf', name: '楷体_GB2312' }, { file: 'KT_GB2312.ttf', name: '楷体_GB2312' }, { file: 'ktgb2312.ttf', name: '楷体_GB2312' },
    { file: 'simkai.ttf', name: '楷体' }, { file: 'FandolKai-Regular.otf', name: 'FandolKai' },
  ],
  heiti: [{ file: 'simhei.ttf', name: '黑体' }, { file: 'FandolHei-Regular.otf', name: 'FandolHei' }],
  songti: [{ file: 'simsun.ttc', face: 'SimSun', name: '宋体' }, { file: 'FandolSong-Regular.otf', name: 'FandolSong' }],
  xiaobiaosong: [
    { file: 'FZXBSJW.TTF', name: '方正小标宋简体' }, { file: 'FZXBSK.TTF', name: '方正小标宋_GBK' }, { file: '方正小标宋简体.ttf', name: '方正小标宋简体' },
    { file: 'NotoSerifCJK-Bold.ttc', face: 'NotoSerifCJKsc-Bold', name: 'Noto Serif CJK SC Bold' },
    { file: 'NotoSerifCJKsc-Bold.otf', name: 'Noto Serif CJK SC Bold' }, { file: 'NotoSerifSC-Bold.otf', name: 'Noto Serif SC Bold' },
  ],
  latin: [{ file: 'times.ttf', name: 'Times New Roman' }, { file: 'LiberationSerif-Regular.ttf', name: 'Liberation Serif' }],
};

/** Chinese names of the roles, for the font report. */
export const FACE_LABELS: Record<Face, string> = { fangsong: '仿宋', kaiti: '楷体', heiti: '黑体', songti: '宋体', xiaobiaosong: '小标宋', latin: '数字和西文' };

/** Where fonts are looked for: PLAN_STUDIO_FONT_DIR / --font-dir first, then the system's font folders. */
export function fontDirs(configured: readonly string[] = []): string[] {
  const env = process.env['PLAN_STUDIO_FONT_DIR'];
  const home = os.homedir();
  const windir = process.env['WINDIR'] ?? 'C:\\Windows';
  const local = process.env['LOCALAPPDATA'];
  // PLAN_STUDIO_FONT_ONLY_DIRS=1: only the configured folders (a deployment with its own font set, tests).
  if (process.env['PLAN_STUDIO_FONT_ONLY_DIRS'] === '1') return [...configured, ...(env ? env.split(path.delimiter) : [])];
  return [
    ...configured,
    ...(env ? env.split(path.delimiter) : []),
    path.join(windir, 'Fonts'),
    ...(local ? [path.join(local, 'Microsoft', 'Windows', 'Fonts')] : []),
    '/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.local/share/fonts'), path.join(home, '.fonts'),
    '/Library/Fonts', path.join(home, 'Library/Fonts'),
    // Where tests/render/setup-fonts.sh puts the Fandol faces (PLAN_STUDIO_FONT_CACHE).
    path.join(process.env['PLAN_STUDIO_FONT_CACHE'] ?? '/var/cache/plan-studio-fonts', 'fonts'),
  ].filter((d) => d);
}

/** Every font file under the folders (lower-cased name → first path found), four levels deep. */
async function indexFiles(dirs: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // a folder that does not exist on this system
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 4) await walk(full, depth + 1);
      else if (/\.(ttf|otf|ttc|otc)$/i.test(e.name) && !found.has(e.name.toLowerCase())) found.set(e.name.toLowerCase(), full);
    }
  };
  for (const d of dirs) await walk(d, 0);
  return found;
}

export interface FoundFont { face: Face; name: string; file: string; collectionFace?: string }

export class MissingFontsError extends Error {
  constructor(readonly faces: Face[], readonly dirs: string[]) {
    super(`no font file for ${faces.join(', ')} in ${dirs.join(path.delimiter)}`);
  }
}

/** Which file draws each role (the font report of the PDF), or the roles nothing was found for. */
export async function findFonts(configured: readonly string[] = []): Promise<FoundFont[]> {
  const dirs = fontDirs(configured);
  const files = await indexFiles(dirs);
  const out: FoundFont[] = [];
  const missing: Face[] = [];
  for (const face of Object.keys(FONT_CANDIDATES) as Face[]) {
    const hit = FONT_CANDIDATES[face].find((c) => files.has(c.file.toLowerCase()));
    if (hit) out.push({ face, name: hit.name, file: files.get(hit.file.toLowerCase())!, ...(hit.face ? { collectionFace: hit.face } : {}) });
    else missing.push(face);
  }
  if (missing.length) throw new MissingFontsError(missing, dirs);
  return out;
}

const loaded = new Map<string, Promise<PdfFonts>>();
const located = new Map<string, Promise<FoundFont[]>>();

/** findFonts once per process and set of folders (the PDF and the glyph report both ask). */
function foundFonts(configured: readonly string[]): Promise<FoundFont[]> {
  const key = configured.join('\n');
  let p = located.get(key);
  if (!p) {
    p = findFonts(configured);
    p.catch(() => located.delete(key));
    located.set(key, p);
  }
  return p;
}

/** The font files' bytes, read once per process (the PDF embeds subsets of them). */
export function loadFonts(configured: readonly string[] = []): Promise<PdfFonts> {
  const key = configured.join('\n');
  let p = loaded.get(key);
  if (!p) {
    p = (async () => {
      const found = await foundFonts(configured);
      const entries = await Promise.all(found.map(async (f) => [f.face, { bytes: new Uint8Array(await fs.readFile(f.file)), ...(f.collectionFace ? { face: f.collectionFace } : {}) }] as const));
      return Object.fromEntries(entries) as PdfFonts;
    })();
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

/**
 * What the fonts of this machine can draw, for the glyph report (docx/glyph-report.ts): the same files and
 * glyph lookup as the PDF. Null when a role has no font file (the report then gives only the 繁体 count).
 */
export async function fontCoverage(configured: readonly string[] = []): Promise<GlyphCoverage | null> {
  try {
    const [found, files] = await Promise.all([foundFonts(configured), loadFonts(configured)]);
    const names = new Map(found.map((f) => [f.face, f.name]));
    return { font: (face) => names.get(face) ?? face, has: (face, cp) => fontHasGlyph(files[face], cp) };
  } catch (err) {
    if (err instanceof MissingFontsError) return null;
    throw err;
  }
}
