import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Tools the render tests need; missing ones are a failure with a clear message, never a skip. */
export function requireTools(): void {
  const missing = ['soffice', 'pdftotext', 'pdftoppm'].filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  if (missing.length) {
    throw new Error(`render tests need ${missing.join(', ')} on PATH: apt-get install libreoffice-writer-nogui poppler-utils`);
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const FONTS_CONF = path.join(here, 'fonts.conf');

/** Run setup-fonts.sh (idempotent) so FONTCONFIG_FILE points at the Fandol/Noto/Liberation set. */
export function ensureFonts(): string {
  execFileSync('sh', [path.join(here, 'setup-fonts.sh')], { stdio: 'pipe' });
  if (!existsSync(FONTS_CONF)) throw new Error(`setup-fonts.sh did not write ${FONTS_CONF}`);
  return FONTS_CONF;
}

/** Convert several .docx in ONE soffice call (2-core CI), private profile so parallel runs don't clash. */
export function convertToPdf(docxFiles: string[], outDir: string): string[] {
  return convertTo(docxFiles, outDir, 'pdf');
}

/** As convertToPdf, to another format LibreOffice writes (`fodt`: flat ODF XML, to read what it understood). */
export function convertTo(docxFiles: string[], outDir: string, format: string): string[] {
  const ext = format.split(':')[0]!;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...docxFiles], {
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((f) => {
    const converted = path.join(outDir, `${path.basename(f, '.docx')}.${ext}`);
    if (!existsSync(converted)) throw new Error(`LibreOffice produced no ${ext} for ${f}`);
    return converted;
  });
}

export interface Word { text: string; x0: number; y0: number; x1: number; y1: number }
export interface Line { words: Word[]; text: string; x0: number; y0: number; x1: number; y1: number }
export interface Page { width: number; height: number; lines: Line[] }

const PT_TO_MM = 25.4 / 72;
const num = (s: string, attr: string) => Number(new RegExp(`${attr}="([0-9.]+)"`).exec(s)?.[1] ?? NaN) * PT_TO_MM;

/** pdftotext -bbox-layout, in mm from the page's top-left corner. Line = pdftotext's <line>. */
export function readBoxes(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: Page[] = [];
  for (const pm of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const lines: Line[] = [];
    for (const lm of pm[2]!.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      const words = [...lm[1]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
        text: w[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        x0: num(w[1]!, 'xMin'), y0: num(w[1]!, 'yMin'), x1: num(w[1]!, 'xMax'), y1: num(w[1]!, 'yMax'),
      }));
      if (!words.length) continue;
      lines.push({
        words, text: words.map((w) => w.text).join(''),
        x0: Math.min(...words.map((w) => w.x0)), y0: Math.min(...words.map((w) => w.y0)),
        x1: Math.max(...words.map((w) => w.x1)), y1: Math.max(...words.map((w) => w.y1)),
      });
    }
    pages.push({ width: num(pm[1]!, 'width'), height: num(pm[1]!, 'height'), lines });
  }
  return pages;
}

/** Merge pdftotext lines that share a baseline band (a line split into several <line>s). */
export function visualLines(page: Page, tolerance = 1.5): Line[] {
  const sorted = [...page.lines].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
  const out: Line[] = [];
  for (const l of sorted) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev.y1 - l.y1) < tolerance) {
      const words = [...prev.words, ...l.words].sort((a, b) => a.x0 - b.x0);
      out[out.length - 1] = { words, text: words.map((w) => w.text).join(''), x0: Math.min(prev.x0, l.x0), y0: Math.min(prev.y0, l.y0), x1: Math.max(prev.x1, l.x1), y1: Math.max(prev.y1, l.y1) };
    } else out.push(l);
  }
  return out;
}

export interface Raster { w: number; h: number; dpi: number; data: Buffer }

/** One page rasterised (PPM, RGB). */
export function raster(pdf: string, pageNo: number, dpi = 150): Raster {
  return rasterPages.get(pdf, pageNo, dpi);
}

function parsePpm(ppm: Buffer, dpi: number): Raster {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('unexpected pdftoppm output');
  return { w: Number(header[1]), h: Number(header[2]), dpi, data: ppm.subarray(header[0].length) };
}

/**
 * Rasters of PDF pages. A test that looks at one page gets that page; one that walks the pages (the
 * second page asked of the same file) gets every page from one pdftoppm run, kept for the next calls: one
 * process and one parse instead of one per page (a 48-page seed took 95 s page by page on a loaded CI
 * machine). Two files are kept at most (a 150 dpi A4 page is 6.5 MB); a rewritten file is read again.
 */
const rasterPages = {
  cache: new Map<string, Raster[]>(),
  asked: new Set<string>(),
  get(pdf: string, pageNo: number, dpi: number): Raster {
    const { mtimeMs, size } = statSync(pdf);
    const key = `${dpi}|${mtimeMs}|${size}|${pdf}`;
    const cached = this.cache.get(key)?.[pageNo - 1];
    if (cached) return cached;
    if (!this.asked.has(key)) {
      this.asked.add(key);
      return parsePpm(execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(pageNo), '-l', String(pageNo), pdf], { maxBuffer: 256 << 20 }), dpi);
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-raster-'));
    try {
      execFileSync('pdftoppm', ['-r', String(dpi), pdf, path.join(dir, 'p')]);
      // pdftoppm pads the page numbers to one width: the names sort in page order.
      const pages = readdirSync(dir).sort().map((f) => parsePpm(readFileSync(path.join(dir, f)), dpi));
      if (this.cache.size >= 2) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, pages);
      const page = pages[pageNo - 1];
      if (!page) throw new Error(`${pdf} has no page ${pageNo}`);
      return page;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const pixel = (r: Raster, x: number, y: number) => {
  const i = (y * r.w + x) * 3;
  return [r.data[i]!, r.data[i + 1]!, r.data[i + 2]!] as const;
};
const isInk = ([r, g, b]: readonly [number, number, number]) => r < 160 || g < 160 || b < 160;

/** Bounds (mm) of all ink inside a band of the page, e.g. the 版心 without the footer. */
export function inkExtent(r: Raster, band: { yMinMm: number; yMaxMm: number; xMinMm?: number; xMaxMm?: number }): { top: number; bottom: number; left: number; right: number } | null {
  const k = r.dpi / 25.4;
  const y0 = Math.max(0, Math.floor(band.yMinMm * k));
  const y1 = Math.min(r.h, Math.ceil(band.yMaxMm * k));
  const x0 = Math.max(0, Math.floor((band.xMinMm ?? 0) * k));
  const x1 = Math.min(r.w, Math.ceil((band.xMaxMm ?? 1000) * k));
  let top = -1, bottom = -1, left = Infinity, right = -1;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (!isInk(pixel(r, x, y))) continue;
      if (top < 0) top = y;
      bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  if (top < 0) return null;
  return { top: top / k, bottom: (bottom + 1) / k, left: left / k, right: (right + 1) / k };
}

/** Horizontal rules on a page raster: rows (mm from top) where ≥ minLengthMm of ink runs unbroken. */
export function findRules(rOrPdf: Raster | string, pageNo = 1, minLengthMm = 100): { yMm: number; topMm: number; bottomMm: number; x0Mm: number; x1Mm: number; red: boolean }[] {
  const r = typeof rOrPdf === 'string' ? raster(rOrPdf, pageNo) : rOrPdf;
  const pxMm = 25.4 / r.dpi;
  const rows: { y: number; x0: number; x1: number; red: boolean }[] = [];
  for (let y = 0; y < r.h; y++) {
    let best = { len: 0, x0: 0, red: false };
    let run = 0;
    let redCount = 0;
    for (let x = 0; x <= r.w; x++) {
      const p = x < r.w ? pixel(r, x, y) : ([255, 255, 255] as const);
      const red = p[0] > 150 && p[1] < 120 && p[2] < 120;
      if (isInk(p)) {
        run++;
        if (red) redCount++;
      } else {
        if (run > best.len) best = { len: run, x0: x - run, red: redCount > run / 2 };
        run = 0;
        redCount = 0;
      }
    }
    if (best.len * pxMm >= minLengthMm) rows.push({ y, x0: best.x0, x1: best.x0 + best.len, red: best.red });
  }
  const rules: { yMm: number; topMm: number; bottomMm: number; x0Mm: number; x1Mm: number; red: boolean }[] = [];
  let group: typeof rows = [];
  const flush = () => {
    if (!group.length) return;
    const top = group[0]!.y;
    const bottom = group[group.length - 1]!.y + 1;
    rules.push({ yMm: ((top + bottom) / 2) * pxMm, topMm: top * pxMm, bottomMm: bottom * pxMm, x0Mm: group[0]!.x0 * pxMm, x1Mm: group[0]!.x1 * pxMm, red: group[0]!.red });
    group = [];
  };
  for (const row of rows) {
    if (group.length && row.y !== group[group.length - 1]!.y + 1) flush();
    group.push(row);
  }
  flush();
  return rules;
}


/** Whether a portrait page prints a page number (ink in the footer band, GB/T 9704 7.5). */
export function hasPageNumber(pdf: string, pageNo: number): boolean {
  return inkExtent(raster(pdf, pageNo, 50), { yMinMm: 264, yMaxMm: 285 }) !== null;
}

/** The 版记's three rules (black, thick-thin-thick) on a page, or null when the page has none. */
export function imprintRules(pdf: string, pageNo: number): ReturnType<typeof findRules> | null {
  const rules = findRules(pdf, pageNo).filter((r) => !r.red && r.yMm > 150);
  return rules.length >= 2 ? rules : null;
}

const IDEOGRAPH = /^[\u3400-\u9fff]$/u;
const CJK_RUN = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+$/u;

/**
 * 汉字 that the text layer has but the page does not show: each word of CJK characters only (a run of
 * equal advances) is cut into as many cells, and the middle of every 汉字's cell must hold ink. A glyph
 * drawn blank (a wrong subset, a missing face) leaves its cell white while pdftotext still reads it.
 * Upright text only: the landscape page number, turned, is another layout.
 */
export function undrawnIdeographs(pdf: string, pages: Page[], dpi = 72): string[] {
  const out: string[] = [];
  pages.forEach((page, p) => {
    const words = page.lines.flatMap((l) => l.words).filter((w) => CJK_RUN.test(w.text));
    if (!words.length) return;
    const r = raster(pdf, p + 1, dpi);
    for (const w of words) {
      const chars = [...w.text];
      const cell = (w.x1 - w.x0) / chars.length;
      // Upright glyphs: cells about as wide as the line is high (a turned word is tall and narrow).
      if (cell < (w.y1 - w.y0) * 0.6) continue;
      chars.forEach((ch, i) => {
        if (!IDEOGRAPH.test(ch)) return;
        const x = w.x0 + i * cell;
        const ink = inkExtent(r, { xMinMm: x + cell * 0.2, xMaxMm: x + cell * 0.8, yMinMm: w.y0 + (w.y1 - w.y0) * 0.15, yMaxMm: w.y1 - (w.y1 - w.y0) * 0.15 });
        if (!ink) out.push(`page ${p + 1}: “${ch}” in “${w.text}”`);
      });
    }
  });
  return out;
}
