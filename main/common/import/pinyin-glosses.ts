/**
 * Web copies converted to traditional characters by some sites carry a pinyin gloss after characters
 * the converter was unsure of: "印發(fā)", "質(zhì)量", "號(hào)". A gloss is a parenthesis right after a
 * Chinese character holding one lowercase syllable with a tone mark; it is not text of the document.
 */
const GLOSS = /([\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;

// Other converters write the syllable without its tone, sometimes twice ("政(zheng)府(fu)", "區(qu)(qu)").
const TONELESS = /([\u3400-\u9fff])((?:[(（][a-zü]{2,6}[)）])+)/g;
const SYLLABLE = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|üe|ün|vn|a|o|e|i|u|v|ü)$/;

function isToneless(glosses: string): boolean {
  return glosses.slice(1, -1).split(/[)）][(（]/).every((g) => SYLLABLE.test(g));
}

/** How many toneless glosses a text holds ("政(zheng)府(fu)" holds 2). */
export function tonelessGlosses(text: string): number {
  return [...text.matchAll(TONELESS)].filter((m) => isToneless(m[2]!)).length;
}

/**
 * `toneless`: whether the whole document has several toneless glosses (a .docx is stripped paragraph by
 * paragraph, and a paragraph with one or two is still part of such a copy); by default this text's own count.
 */
export function stripPinyinGlosses(text: string, toneless = tonelessGlosses(text) >= 3): { text: string; count: number } {
  let count = 0;
  let out = text.replace(GLOSS, (_all, ch: string) => {
    count++;
    return ch;
  });
  // Toneless syllables are taken as glosses only when a text has several: "(fu)" alone may be anything.
  if (toneless) {
    out = out.replace(TONELESS, (all, ch: string, glosses: string) => {
      if (!isToneless(glosses)) return all;
      count++;
      return ch;
    });
  }
  return { text: out, count };
}

/** A page's HTML pasted as text ("<p>…</p><p style=…>"): paragraphs become lines, other tags go. */
export function stripHtml(text: string): { text: string; stripped: boolean } {
  if (!/<\/?(p|br|div|span|strong|b|td|tr|table|font)\b[^>]*>/i.test(text)) return { text, stripped: false };
  const out = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[a-z/][^>]*>/gi, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { text: out, stripped: true };
}
