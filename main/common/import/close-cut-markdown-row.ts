import { makeLine, type Line } from './line';
import { isMarkdownRow, withoutOpeningPipe } from './markdown-row';

/**
 * A web copy cut off inside a Markdown table ends on a row without its closing pipe ("| 6.加大校园及周边…场"):
 * the page (or the tool that saved it) stopped mid-cell. When the text's last line opens with a pipe and the
 * line above is a whole Markdown row, it is that table's last row, closed here so it is read with the
 * others (its cells placed by `spannedRows`) instead of as a paragraph that loses the cut task.
 */
export function closeCutMarkdownRow(lines: readonly Line[]): Line[] {
  const out = [...lines];
  const last = out[out.length - 1];
  const above = out[out.length - 2];
  if (!last || !above || !isMarkdownRow(above.text) || isMarkdownRow(last.text)) return out;
  if (withoutOpeningPipe(last.text) === last.text) return out;
  out[out.length - 1] = { ...last, ...makeLine(`${last.text.trimEnd()} |`) };
  return out;
}
