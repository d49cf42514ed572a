/**
 * Tokens of Chinese text for the 条款库 index: overlapping character bigrams inside each run of CJK
 * characters ("标准引领" → 标准 准引 引领), lower-cased words for runs of Latin letters and digits.
 * Bigrams need no dictionary and cannot disagree between a query and a document the way word
 * segmentation can (ICU's Intl.Segmenter cuts "质量强县" and "质量强县建设" differently); a one-character
 * run gives that character.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function tokens(text: string): string[] {
  const out: string[] = [];
  const s = normalizeForSearch(text);
  let run = '';
  let word = '';
  const flushRun = () => {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = '';
  };
  const flushWord = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of s) {
    if (CJK.test(ch)) {
      flushWord();
      run += ch;
    } else if (/[a-z0-9.%]/.test(ch)) {
      flushRun();
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return out;
}

/** A query's terms: the space-separated parts, each normalised (a term is matched as a phrase for the bonus). */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query).split(/[\s,，、;；]+/).map((t) => t.trim()).filter(Boolean);
}
