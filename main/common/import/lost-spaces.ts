/**
 * Spaces a copy turned into question marks. A page saved in a code page without the no-break space (or a
 * full-width space) writes each as "?": a 署名 or date pushed to the right by spaces arrives as
 * "????????? ?泰州市人民政府", and the empty lines between parts as "?". Such a line is read with its
 * spaces back; a "?" inside a sentence ("是否…?") is never touched. A line padded on the right (a 署名 or
 * date centred by spaces after it) ends in a run of them after a space: "某县人民政府办公室 ???????".
 */
const ONLY_MARKS = /^[?？\s\u00A0\u3000]+$/;
const LEADING_MARKS = /^[\s\u00A0\u3000]*[?？][?？\s\u00A0\u3000]*[?？][?？\s\u00A0\u3000]*/;
// Only ASCII "?" after a space: "…吗？？" closing a question keeps its marks.
const TRAILING_MARKS = /(?<=[^\s?？\u00A0\u3000][\s\u00A0\u3000]+)\?{2,}[?\s\u00A0\u3000]*$/;

/**
 * One line with its lost spaces restored: a line of marks only becomes empty, a leading run of two or
 * more spaces, and so does a trailing run of two or more "?" after a space.
 */
export function restoreLostSpaces(line: string): string {
  if (ONLY_MARKS.test(line)) return line.includes('?') || line.includes('？') ? '' : line;
  return line.replace(LEADING_MARKS, (run) => ' '.repeat(run.length)).replace(TRAILING_MARKS, (run) => ' '.repeat(run.length));
}
