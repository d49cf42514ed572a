import { makeLine, type Line } from './line';
import { sharedFileTitle } from './sharing-blurb';

/**
 * A document-sharing site's preview opens with the file's name before the file's own text: "《XX县工作要点.docx》由会员
 * 分享…" then "1、XX县工作要点 XX县2022年工作要点 2022年是…". The name is the site's label for the file (its upload
 * name, which may differ from the title the document prints), repeated as a header over the first page of the
 * preview; the document's own title follows it. Right under the site's line that names the file, a line that
 * opens with that very name and goes on after a space loses the name. Returns the lines and whether one was cut.
 */
export function dropRepeatedFileName(lines: readonly Line[]): { lines: Line[]; dropped: boolean } {
  let dropped = false;
  const out = lines.map((line, i) => {
    const name = i > 0 ? sharedFileTitle(lines[i - 1]!.m) : null;
    if (!name) return line;
    const text = line.text.trim();
    if (!text.startsWith(name) || !/^\s+\S/.test(text.slice(name.length))) return line;
    dropped = true;
    return makeLine(text.slice(name.length).trim(), line.bold);
  });
  return { lines: out, dropped };
}
