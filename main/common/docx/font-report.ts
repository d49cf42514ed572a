import { GBT9704_STYLE, type Face, type Gbt9704Style } from './gbt9704-style';

export interface FontReportEntry {
  /** The typeface role of GB/T 9704 (仿宋 body, 黑体 level-1 headings …). */
  role: string;
  /** The name written into the .docx (w:rFonts, fontTable). */
  name: string;
  /** w:altName in fontTable.xml, what Word/WPS may fall back to. */
  altName: string | null;
  /** The free font the LibreOffice preview and CI substitute (tests/render/fonts.conf). */
  preview: string | null;
}

/** The typeface roles of GB/T 9704, as the report and the glyph warnings name them. */
export const FONT_ROLES: Record<Face, string> = {
  fangsong: '仿宋（正文、三四级标题、版记）',
  kaiti: '楷体（二级标题）',
  heiti: '黑体（一级标题、附件标识）',
  songti: '宋体（页码）',
  xiaobiaosong: '小标宋（标题、发文机关标志）',
  latin: '数字和西文',
};

/** Which fonts the exported document names, and what stands in for them where they are missing. */
export function fontReport(style: Gbt9704Style = GBT9704_STYLE): FontReportEntry[] {
  return (Object.keys(FONT_ROLES) as Face[]).map((face) => {
    const name = style.faces[face];
    return { role: FONT_ROLES[face], name, altName: style.altNames[name] ?? null, preview: style.previewFallbacks[name] ?? null };
  });
}

/** The report as the CLI prints it (Chinese, one line per font). */
export function fontReportText(entries: readonly FontReportEntry[] = fontReport()): string {
  const lines = entries.map((e) => `  ${e.role}：${e.name}${e.altName ? `（替代名 ${e.altName}）` : ''}；预览/测试使用 ${e.preview ?? '系统默认字体'}`);
  return ['文档使用的字体（打印前请确认本机已安装，否则 Word/WPS 会替换字体，版面可能变化）：', ...lines].join('\n');
}
