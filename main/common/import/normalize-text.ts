/**
 * Text normalisation before parsing: line breaks, invisible characters and padding. Punctuation is
 * kept as written (full- or half-width): the plan check (公文体检) reports it, the importer does not
 * silently rewrite a document.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// TABs are not padding: a table row copied into a .txt starts or ends with empty cells ("\t一、…\t\t").
const PADDING = /^[^\S\t]+|[^\S\t]+$/g;

/**
 * A line as normalised, with whether padding was cut off its start or end: where a copy broke a line on a space,
 * `rejoinRewrapped` puts the space back.
 */
export interface NormalizedLine {
  text: string;
  spacedStart: boolean;
  spacedEnd: boolean;
}

export function normalizeLines(raw: string): NormalizedLine[] {
  return raw
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u2028|\u2029|\f|\v/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\u00A0/g, ' '))
    .filter((line) => line.trim().length > 0)
    .map((line) => ({ text: line.replace(PADDING, ''), spacedStart: /^[^\S\t]/.test(line), spacedEnd: /[^\S\t]$/.test(line) }));
}

/** A copy for matching only: full-width ASCII folded to half-width, so one regex matches both. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** halfWidth + traditional folding, still one character for one. */
export type Folder = (text: string) => string;

/**
 * Full-width digits ("２０２３年", "〔２０２２〕１号") typed with the input method in full-width mode, as Arabic
 * numerals: a 公文 writes them half-width (GB/T 15835), and dates, 文号, deadlines and target figures are read
 * with ASCII digits throughout. Unlike punctuation, digits are rewritten (the import report says how many).
 */
export function halfWidthDigits(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/[\uFF10-\uFF19]/g, (d) => {
    count++;
    return String.fromCharCode(d.charCodeAt(0) - 0xfee0);
  });
  return { text: out, count };
}
