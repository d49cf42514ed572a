import { looksLikeUnit } from './unit-names';

/**
 * "《广东省进一步加大力度支持民间投资发展实施" / "广东省人民政府办公厅关于印发广东省…": a page heading that
 * opens a 《 and was cut before its 》 (a site shortens long headings) is whole by itself when the next line
 * starts a title of its own — an organ followed by 关于/印发 — or a blank line comes first. Joined, the cut heading would open the notice title.
 */
export function cutHeadingEnds(run: string, next: string): boolean {
  if (!run.startsWith('《') || run.includes('》')) return false;
  // A blank line after it: a title set over several lines keeps them together; the heading ended there.
  if (next.trim() === '') return true;
  const organ = /^(.{4,30}?)(关于|關于|關於|印发|印發)/.exec(next);
  return !!organ && looksLikeUnit(organ[1]!);
}
