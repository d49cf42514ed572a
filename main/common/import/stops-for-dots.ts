import type { SourceParagraph } from './to-lines';

/** A decimal written with a full stop ("2。87%"): the copy turned every "." into "。". */
const DECIMAL_STOP = /\d。\d/;
/** An item number so written, at a line's start or after a space: "1。加强…". */
const NUMBER_STOP = /(^|\s)(\d{1,2})。(?=[\u4e00-\u9fff“"《(（])/gm;

/**
 * Dots a copy turned into full stops. A sharing site that converts a document's punctuation to full width
 * writes "2。87%" and numbers its items "1。加强统筹…"; no 公文 writes either, so when its figures show the
 * slip (a decimal with "。"), the decimals and the item numbers get their "." back and read as written.
 */
export function restoreDots(paras: readonly SourceParagraph[]): { paras: SourceParagraph[]; count: number } {
  const all = paras.map((p) => p.text).join('\n');
  if (!DECIMAL_STOP.test(all) || [...all.matchAll(NUMBER_STOP)].length < 2) return { paras: [...paras], count: 0 };
  let count = 0;
  const fix = (text: string) => text
    .replace(/(\d)。(\d)/g, (_, a: string, b: string) => (count++, `${a}.${b}`))
    .replace(NUMBER_STOP, (_, pre: string, n: string) => (count++, `${pre}${n}.`));
  return { paras: paras.map((p) => ({ ...p, text: fix(p.text) })), count };
}
