/** A deadline written as a trailing parenthesis: "(2019年12月底前完成)", "(长期坚持)", "(年内完成)". */
const DEADLINE = /^((\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?(底|中旬|上旬|下旬|末|内)?(前|以前)?(完成|启动)?|长期坚持|持续推进|年内完成|年底前完成)$/;

export function extractDeadline(text: string, m: string): { text: string; deadline: string } | null {
  let end = m.length;
  while (end > 0 && /[。.\s]/.test(m[end - 1]!)) end--;
  if (m[end - 1] !== ')') return null;
  const open = m.lastIndexOf('(', end - 1);
  if (open < 0) return null;
  const inner = m.slice(open + 1, end - 1).trim();
  if (!inner || !/\d|长期|持续|年内|年底/.test(inner) || !DEADLINE.test(inner)) return null;
  return { text: text.slice(0, open).replace(/\s+$/, ''), deadline: text.slice(open + 1, end - 1).trim() };
}
