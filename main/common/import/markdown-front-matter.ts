import type { Line } from './line';

/**
 * A Markdown copy's front matter: "---" on the first line, "键: 值" lines ("标题: …", "层级: 区级", "状态: 有效",
 * "官方链接: https://…"), "---" again. Every line of the block is the page's data, keys known to name a 文件
 * field or not: an unknown key ("层级:") is no more the document's text than a known one. Returns the
 * indexes of the block's lines, delimiters included; none when the copy does not open with such a block.
 */
export function markdownFrontMatter(lines: readonly Line[]): number[] {
  if (lines.length < 3 || !/^-{3,}$/.test(lines[0]!.text.trim())) return [];
  for (let i = 1; i < Math.min(lines.length, 40); i++) {
    const t = lines[i]!.text.trim();
    if (/^-{3,}$/.test(t)) return i > 1 ? Array.from({ length: i + 1 }, (_, k) => k) : [];
    if (!/^[^\s:：]{1,12}\s*[:：]/.test(t)) return [];
  }
  return [];
}
