import type { ExportPreview } from '../../../main/common/api/export-contract';

/**
 * What will not print in the 公文 fonts: characters a role's font has no glyph for (Word/WPS and the PDF
 * draw them in another face: sans-serif glyphs inside the 仿宋 body), and 繁体 text, with the way to the
 * 公文体检's 繁→简 fix. Nothing when the text is covered.
 */
export function GlyphWarning(props: { glyphs: ExportPreview['glyphs']; onFixTraditional: (() => void) | null }) {
  const { gaps, traditional } = props.glyphs;
  if (gaps.length === 0 && traditional.count === 0) return null;
  return (
    <div className="export-glyphs" role="region" aria-label="字体缺字">
      {gaps.length > 0 && (
        <>
          <p><strong>以下字符在公文字体中没有字形</strong>，Word/WPS 和 PDF 会改用其他字体显示，与正文字形不一致：</p>
          <ul>
            {gaps.map((g) => (
              <li key={g.face}>{g.role}，{g.font}：<span className="glyph-chars">{g.chars.join('')}</span>{g.count > g.chars.length ? `…（共 ${g.count} 个）` : `（${g.count} 个）`}</li>
            ))}
          </ul>
        </>
      )}
      {traditional.count > 0 && (
        <p>
          文中有 {traditional.count} 个繁体字（如 {traditional.sample.join('')}）：公文应使用规范汉字，仿宋_GB2312 等公文字体也不含繁体字形。
          {props.onFixTraditional && <button type="button" className="link-button" onClick={props.onFixTraditional}>在公文体检中改为简体</button>}
        </p>
      )}
    </div>
  );
}
