/**
 * A Markdown table row opens and closes with a pipe ("| 工作目标 | 工作内容 | 责任单位 |"): the opening pipe is
 * the copy's syntax, not an empty first cell. Only a pipe followed by a cell's text is taken off, so the
 * one-cell-a-line copies ("|" alone, "||||" rows of empty cells) keep their shape.
 */
export function withoutOpeningPipe(text: string): string {
  return text.replace(/^\s*[|｜](?=\s*[^|｜\s])/, '');
}

/** The row under a Markdown header that sets the columns' alignment ("|---|:---:|"): no data. */
export function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-{3,}:?$/.test(c.trim()));
}

/** A whole Markdown row: opens with a pipe and a cell's text, closes with a pipe. */
export function isMarkdownRow(text: string): boolean {
  return /^\s*[|｜]\s*[^|｜\s].*[|｜]\s*$/.test(text);
}
