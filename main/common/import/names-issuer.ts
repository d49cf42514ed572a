/**
 * A line right above the 成文日期 that is no sentence and names the organ the page's 发布机构 or the 版头 names
 * (the 发布机构 "X办公室" is the office of the 署名 X; a 版头 "X文件" is X's own) is the 署名 as written, though
 * the name does not read as an organ's (a body's unusual name, or a copy that renamed it): two places of the
 * document agree on it. The page's field only confirms a written 署名; it never stands in for one.
 */
export function namesIssuer(line: string, issuer: string | null): boolean {
  const name = line.replace(/\s/g, '');
  if (!issuer || name.length < 2 || name.length > 30 || /[。，,；;：:！!？?]/.test(name) || /\d/.test(name)) return false;
  const head = issuer.replace(/\s/g, '');
  return head === name || (head.startsWith(name) && /^(办公室|办公厅)$/.test(head.slice(name.length)));
}
