/** 发文字号 (and 文号 cited in the text): 天政发〔2013〕88号. */
export interface DocNumber {
  /** Normalised, or null when the number cannot be recovered. */
  docNumber: string | null;
  /** As found. */
  raw: string;
  /** OCR damage (a lost 〕 or 号) was repaired or could not be. */
  damaged: boolean;
  /** Digits left over after the number (鄂前政发〔201920    816): perhaps the month and day. */
  trailing: string | null;
}

const ORG = '([\\u4e00-\\u9fff]{1,12}?)';
// "阿署发﹝2024﹞20号": web copies often type the small-form look-alikes ﹝﹞ for 〔〕 (an input method's nearest
// pair); the number is the same.
const WELL_FORMED = new RegExp(`^${ORG}\\s*[〔﹝\\[【(（]\\s*(\\d{4})\\s*[〕﹞\\]】)）]\\s*(\\d{1,4})\\s*号$`);
const LOST_BRACKET = new RegExp(`^${ORG}\\s*[〔﹝\\[【(（]\\s*(\\d{4})(\\d{1,4})\\s*(号)?\\s*(\\d*)\\s*$`);
// "五大发展办202211": both brackets and the 号 lost. Only after a 文号's last character (发/办/字/函) and a
// year, so a label with digits ("发布日期20230512") is not taken for one.
const NO_BRACKET = /^([\u4e00-\u9fff]{1,11}[发办字函])\s*((?:19|20)\d{2})([1-9]\d{0,3})\s*号?$/;

/** A whole line (or a string) that is a 发文字号. */
export function parseDocNumber(raw: string): DocNumber | null {
  const s = raw.trim();
  const ok = WELL_FORMED.exec(s);
  if (ok) return { docNumber: `${ok[1]}〔${ok[2]}〕${ok[3]}号`, raw: s, damaged: false, trailing: null };
  const lost = LOST_BRACKET.exec(s);
  if (lost) {
    return { docNumber: `${lost[1]}〔${lost[2]}〕${lost[3]}号`, raw: s, damaged: true, trailing: lost[5] || null };
  }
  const bare = NO_BRACKET.exec(s);
  if (bare) return { docNumber: `${bare[1]}〔${bare[2]}〕${bare[3]}号`, raw: s, damaged: true, trailing: null };
  return null;
}

/**
 * 文号 cited in running text with OCR damage: "(天政发〔201388号)" → "天政发〔2013〕88号". Only the
 * unambiguous shape (four year digits then the number, no 〕) is repaired; each repair is returned so
 * the report can show it.
 */
export function repairCitedDocNumbers(text: string): { text: string; repairs: Array<{ from: string; to: string }> } {
  const repairs: Array<{ from: string; to: string }> = [];
  const out = text.replace(/([\u4e00-\u9fff]{1,10}[发字函办])〔(\d{4})(\d{1,4})(号)?(?![\d〕])/g, (all, org: string, y: string, n: string) => {
    const to = `${org}〔${y}〕${n}号`;
    repairs.push({ from: all, to });
    return to;
  });
  return { text: out, repairs };
}

/** "…的通知 拱政办发〔2018〕42号": a line closed by a 文号 set apart by a space (a page heading) is whole. */
export const TRAILING_DOC_NUMBER = /\S\s+[\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4}[号號]$/;
