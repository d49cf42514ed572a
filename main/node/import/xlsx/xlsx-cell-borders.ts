import { attr, xmlTokens } from '../xml-tokens';
import { localName } from './xlsx-workbook';

/**
 * xl/styles.xml → for each cell style (a cell's s attribute indexes <cellXfs>), whether it draws a border.
 * A table typed in Excel is framed: its cells carry borders even where they are empty, which tells a row of
 * the table with one filled cell from a line written under it (a 注, a sign-off row).
 */
export function readBorderedStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const borders: boolean[] = [];
  const styles: boolean[] = [];
  let inBorder = false;
  let inCellXfs = false;
  for (const tok of xmlTokens(xml)) {
    if (tok.type === 'text') continue;
    const name = localName(tok.name);
    const open = tok.type === 'open';
    if (name === 'cellXfs') inCellXfs = open && !tok.selfClosing;
    if (name === 'border') {
      if (open) borders.push(false);
      inBorder = open && !tok.selfClosing;
    } else if (inBorder && open && /^(left|right|top|bottom|start|end)$/.test(name)) {
      const style = attr(tok.attrs, 'style');
      if (style && style !== 'none') borders[borders.length - 1] = true;
    }
    if (name === 'xf' && open && inCellXfs) styles.push(borders[Number(attr(tok.attrs, 'borderId') ?? 0)] ?? false);
  }
  return styles;
}
