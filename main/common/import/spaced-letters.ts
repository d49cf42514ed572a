/**
 * "常 州 市 财 政 局 文 件": a red head's 发文机关标志 is often set with a space between every character (to
 * spread it across the page), and a copy keeps those spaces. Readers that look for "…文件" at a line's end
 * see "文 件" and miss it. Only a line whose every character stands apart is closed up, so running text
 * with an odd space keeps its spaces.
 */
export function spacedLetters(m: string): string | null {
  const s = m.trim();
  if (!/^(\S[ \u3000]+){3,}\S$/.test(s)) return null;
  return s.replace(/[ \u3000]+/g, '');
}
