import type { ExportPreview } from '../../../main/common/api/export-contract';

/**
 * Which fonts the .docx names, and what stands in where they are missing: the official faces
 * (仿宋_GB2312, 方正小标宋简体 …) are often not installed, and Word/WPS then substitute and the layout moves.
 */
export function FontReport(props: { fonts: ExportPreview['fonts'] }) {
  return (
    <details className="font-report">
      <summary>字体说明：打印前请确认本机已安装以下字体</summary>
      <table>
        <thead><tr><th>用途</th><th>文档中的字体</th><th>Word/WPS 替代名</th><th>预览使用</th></tr></thead>
        <tbody>
          {props.fonts.map((f) => (
            <tr key={f.role}><td>{f.role}</td><td>{f.name}</td><td>{f.altName ?? '—'}</td><td>{f.preview ?? '系统默认'}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
