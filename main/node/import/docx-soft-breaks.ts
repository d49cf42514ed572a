/**
 * Soft line breaks (w:br, Shift+Enter) in a .docx paragraph. WPS users and PDF-to-Word converters end
 * lines with them two ways: at the end of a line of its own (a 主送, a 署名, a date, the next item), which
 * stays a line break; and where a long sentence wraps on the page, which is no break for the reader: the
 * parts of one sentence are joined back. A .txt never reaches this (its lines are its paragraphs).
 */

/**
 * A part that ends a line of its own: a sentence's end, a 文号, a date, a 标志, a title's last word, a
 * table's name, an organ (a 署名 over a date), in simplified or traditional characters.
 */
const LINE_END = /([。；;：:！？!?)）|]|[号號日表]|文件|通知|意[见見]|方案|[计計][划劃]|[办辦]法|要[点點]|[规規][划劃]|[细細][则則]|清[单單]|政府|[办辦]公室|委[员員][会會]|局|[厅廳])$/;
/** A part that starts a line of its own: a label (一、 （一） 1. ① 第一条), 附件, a key ("责任单位："). */
const LINE_START = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[章条节部篇]|附件|[^，。：:；;\s]{1,8}[：:])/;
/** A line the page wrapped is a full line: 28 characters in a 公文, more in Word's default page. */
const FULL_LINE = 18;

/** The paragraph's text with the soft breaks inside a wrapped sentence removed (the others kept as "\n"). */
export function joinWrappedBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  const parts = text.split('\n');
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const before = parts[i - 1]!.trim();
    const next = parts[i]!.trim();
    const wrapped = before.length >= FULL_LINE && !LINE_END.test(before) && next !== '' && !LINE_START.test(next);
    out += (wrapped ? '' : '\n') + (wrapped ? parts[i]!.replace(/^\s+/, '') : parts[i]);
  }
  return out;
}
