/**
 * GB/T 9704-2012 layout as data ("styles are data"): every font name, size and length the exporter writes
 * comes from here. Sizes are half-points (OOXML w:sz), lengths twips (1/20 pt) unless named *Mm.
 * Numbers marked "LO-calibrated" were measured in LibreOffice 7.4 renders (tests/render) with the
 * Fandol/Noto fallback fonts; docs/gbt9704.md explains each choice.
 */

/** Millimetres to twips, rounded (docx's convertMillimetersToTwip floors: 210 mm → 11905). */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4);

export const LINE_MODES = ['office-grid', 'glyph-accurate'] as const;
export type LineMode = (typeof LINE_MODES)[number];

/** The typeface roles of GB/T 9704 7.3.3 and 7.5; values are the names written into the .docx. */
export interface FaceSet {
  fangsong: string;
  kaiti: string;
  heiti: string;
  songti: string;
  xiaobiaosong: string;
  /** Digits and Latin letters [Prac]. */
  latin: string;
}
export type Face = keyof FaceSet;

export interface Geometry {
  /** pgMar top/bottom (twips); left/right are fixed by 订口 28 mm and 版心 156 mm. */
  top: number;
  bottom: number;
  /** Body line pitch, exact (twips). */
  line: number;
}

export const GBT9704_STYLE = {
  faces: {
    fangsong: '仿宋_GB2312',
    kaiti: '楷体_GB2312',
    heiti: '黑体',
    songti: '宋体',
    xiaobiaosong: '方正小标宋简体',
    latin: 'Times New Roman',
  } satisfies FaceSet,
  /** fontTable.xml w:altName entries (docs/gbt9704.md#fonts): what Word/WPS may substitute. */
  altNames: {
    '仿宋_GB2312': '仿宋',
    '楷体_GB2312': '楷体',
    '黑体': 'SimHei',
    '宋体': 'SimSun',
    '方正小标宋简体': '方正小标宋_GBK',
  } as Record<string, string>,
  /** Free fonts the LibreOffice preview/CI substitutes (tests/render/fonts.conf). */
  previewFallbacks: {
    '仿宋_GB2312': 'FandolFang',
    '楷体_GB2312': 'FandolKai',
    '黑体': 'FandolHei',
    '宋体': 'FandolSong',
    '方正小标宋简体': 'Noto Serif CJK SC Bold',
    'Times New Roman': 'Liberation Serif',
  } as Record<string, string>,
  sizes: {
    /** 2号 title [Std 7.3.1]. */
    title: 44,
    /** 3号 body [Std 5.2.2]. */
    body: 32,
    /** 4号 版记 [Std 7.4] and page numbers [Std 7.5]. */
    imprint: 28,
    pageNumber: 28,
    /** 任务分解表 cells: 小四 [Prac]; header the same size in 黑体. */
    table: 24,
    /** 发文机关标志: size not fixed by the 2012 standard; 小初 36 pt, condensed to fit the 版心 [Prac]. */
    flag: 72,
  },
  colors: { red: 'FF0000', text: '000000' },
  page: {
    width: 11906,
    height: 16838,
    /** 订口 28 mm [Std 5.2.1]: 1588 so that left + 版心 + right = 11906 exactly (mm(28) alone rounds to 1587). */
    left: 11906 - 8844 - mm(26),
    /** 210 − 28 − 156 mm. */
    right: mm(26),
    /** 版心 width 156 mm = 8844 twips; full-width tables use it (docs/gbt9704.md#tables-and-landscape-pages). */
    textWidth: 8844,
    /** 版心 bottom edge, mm from the paper top [Std 5.2.1]. */
    textBottomMm: 262,
    /**
     * Landscape pages keep the 版心 where it is on the sheet when turned (docs/gbt9704.md#tables-and-landscape-pages):
     * top 28 / bottom 26 / left 35 / right 37 mm, so the 版心 is 225 × 156 mm = 12756 twips wide.
     */
    landscapeMargins: { top: mm(28), bottom: mm(26), left: mm(35), right: mm(37) },
    landscapeTextWidth: 12756,
  },
  modes: {
    /** A: office convention, 28.95 pt grid, 37/35 mm margins (docs/gbt9704.md#the-22--28-grid). */
    'office-grid': { top: mm(37), bottom: mm(35), line: 579 },
    /**
     * B: glyph-compensated — line-1 glyph top at 37 mm, line-22 glyph bottom at 262 mm (29.6 pt pitch).
     * LO-calibrated top: LibreOffice puts most of the leading above the glyph.
     */
    'glyph-accurate': { top: mm(33.3), bottom: mm(32.6), line: 592 },
  } satisfies Record<LineMode, Geometry>,
  body: {
    /** Condense 16 pt glyphs to 15.68 pt so 28 fit in 156 mm (LO mis-renders negative charSpace; docs/gbt9704.md#the-22--28-grid). */
    scale: 98,
    /** 左空二字 [Std 7.3.3]: both firstLineChars (Word/WPS) and firstLine (LO ignores the former). */
    firstLineChars: 200,
    firstLine: 640,
  },
  headings: {
    /** Faces per level [Std 7.3.3]: 一、黑体 （一）楷体 1. 仿宋 （1）仿宋; no bold in the standard. */
    faces: { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' } as Record<1 | 2 | 3 | 4, Face>,
  },
  footer: {
    /** LO-calibrated: footer distance 25.2 mm + exact 18 pt line puts the 一字线 7 mm below the 版心 [Std 7.5]. */
    distance: mm(25.2),
    /** Landscape pages (210 mm tall, 版心 bottom at 184 mm): the same 7 mm below the 版心. LO-calibrated. */
    landscapeDistance: mm(16.2),
    /**
     * 横排表格 [Std 8]: the number sits where it would on the portrait sheet, turned with the page. The table
     * head goes to the 订口 on odd pages and to the 切口 on even ones; seen from its own side, an even page has
     * its 订口 on the right and its 切口 on the left, so both are turned the same way: head to the sheet's
     * left. The 一字线 at 269 mm becomes x = 297 − 269 = 28 mm on both; the odd number ends 1 字 inside the
     * 版心's right edge (portrait x 179 mm → landscape y 179), the even one starts 1 字 inside its left edge
     * (portrait x 33 mm → landscape y 33). Text-box tops in mm from the landscape page top; LO-calibrated.
     */
    landscapeNumber: { odd: { xMm: 28, boxTopMm: 155 }, even: { xMm: 28, boxTopMm: 33 }, boxMm: { width: 8, height: 24 } },
    line: 360,
    /** 空一字 of the 4号 page number. */
    indent: 280,
  },
  header: { distance: mm(15) },
  redHead: {
    /** 标志 glyph top 35 mm below the 版心 top = 72 mm from the paper top [Std 7.2.4]. */
    flagTopMm: 72,
    /** The 标志 line is exact, 1.15 × its size; LO-calibrated: its ink top sits this many twips below the line top. */
    flagLineFactor: 1.15,
    flagInkOffset: 58,
    /** Red rule [Std 7.2.7]: thickness not fixed; 1.5 pt [Prac]; in eighths of a point. */
    ruleSize: 12,
    /** LO-calibrated border space (pt) so the rule sits 4 mm below the 发文字号 glyphs. */
    ruleSpace: 6,
    /** Page 1 keeps at least this much room below its last line, so renderers agree on it (red-head.ts). */
    minFreeTwips: 30,
  },
  imprint: {
    /** 版记 rules [Std 7.4.1]: thick 0.35 mm ≈ 1 pt (8/8), thin 0.25 mm ≈ 0.75 pt (6/8). */
    thick: 8,
    thin: 6,
    /** 左右各空一字 of 4号 [Std 7.4.2]. */
    indent: 280,
  },
  table: {
    /** Table text is not on the body grid: exact 18 pt lines for 小四 (docs/gbt9704.md#tables-and-landscape-pages). */
    line: 360,
    cellMargin: 80,
    cellMarginVertical: 40,
    /** Cell borders: 0.5 pt (eighths of a point). */
    border: 4,
    /**
     * 任务分解表 rows shorter than this many lines never break across pages: split, they left one-line
     * slivers (LibreOffice ignores widow/orphan control inside a split row, measured). 11 lines of 18 pt
     * are under half the landscape 版心, so keeping them whole costs at most half a page.
     */
    keepWholeUnder: 12,
  },
} as const;

export type Gbt9704Style = typeof GBT9704_STYLE;
