/**
 * A document kept as Markdown (a knowledge base's or an index's copy of the official text) marks its
 * headings with "# " … "###### ": the marks are the copy's, not the document's, so "# 关于印发…的通知" is
 * read as the notice title it is. Only a run of 1–6 "#" followed by a space counts, as in Markdown; "#1"
 * or "##" alone stays text.
 */
const MARK = /^\s*[#＃]{1,6}[ \u3000]+(?=\S)/;

export function stripMarkdownHeading(text: string): string {
  const m = MARK.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Does the line start with a Markdown heading mark ("# 关于印发…")? */
export function isMarkdownHeading(text: string): boolean {
  return MARK.test(text);
}
