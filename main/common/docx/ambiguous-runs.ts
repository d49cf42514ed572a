/**
 * Characters whose face Word and LibreOffice pick differently when a run names Times New Roman for
 * ascii/hAnsi/cs and a Chinese face for eastAsia with w:hint="eastAsia" (text-run.ts runFonts).
 *
 * Word reads the hint (ECMA-376 17.3.2.26 rFonts; [MS-OI29500] 2.1.87): with it these code points take the
 * eastAsia face, so · “ ” ‘ ’ — … × ± → ① are drawn in 仿宋 or 黑体, one 字 wide. LibreOffice 7.4 ignores the
 * hint and goes by its own script classes: Latin-1 (·, ×, °) is Latin, so Times; General Punctuation and
 * the symbol blocks are weak, taking the script of the character before them — Times after a digit or a
 * letter ("6·5”", "3.15”"), the Chinese face after a 汉字. Word and LibreOffice then broke lines differently
 * (issue #12). Written in a run that names the Chinese face in every slot, such a character is in that
 * face in both, whatever script either gives it; splitAmbiguous finds those runs.
 *
 * The set is the one Word gives the eastAsia face only because of the hint (the table of 17.3.2.26 as
 * Word applies it, [MS-OI29500] 2.1.88): in Latin-1 ¡ ¤ § ¨ ª ­ ¯ ° ± ² ³ ´ ¶ · ¸ ¹ º ¼ ½ ¾ ¿ × ÷, and the
 * pinyin letters à á è é ê ì í ò ó ù ú ü when the run's language is Chinese (ours: w:lang eastAsia zh-CN) —
 * the twelve that GB2312 has (row 8), so the Chinese faces have them; for a Chinese run also all of
 * Latin Extended-A/B and IPA (U+0100–U+02AF: the other pinyin tones ā ǎ ě ǐ ǒ ǔ ǖ ǘ ǚ ǜ, ń ň ɑ ɡ, the rest of
 * GB2312's row 8) and Latin Extended Additional (U+1E00–U+1EFF: ḿ); U+02B0–U+04FF (spacing
 * modifiers, combining marks, Greek, Cyrillic); U+2000–U+27BF (punctuation, letterlike and number forms,
 * arrows, mathematical operators, enclosed numbers, box drawing, shapes, dingbats); the private use area
 * (the 生僻字 some Chinese fonts put there); U+FB00–U+FB1C (Latin ligatures). CJK blocks take the eastAsia
 * face in both applications without help and ASCII the ascii face in both: neither is split. The other
 * Latin-1 letters (À–ÿ but the pinyin twelve: ä ö ü's capitals, ñ, ç, ß …) take hAnsi in Word whatever the
 * hint and are Latin to LibreOffice: Times in both, not split, and laid out as Latin (char-width.ts).
 * Measured in LibreOffice 7.4 (a probe .docx, pdftotext -bbox): before the split é, à, ü drew in Times
 * (0.444 / 0.444 / 0.5 em, as e, a, u) where Word draws them in 仿宋; split, in the Chinese face.
 */

/** à á è é ê ì í ò ó ù ú ü: the Latin-1 letters of GB2312's pinyin row, which Word sets in the eastAsia face for Chinese. */
export const PINYIN_LATIN1 = [0xe0, 0xe1, 0xe8, 0xe9, 0xea, 0xec, 0xed, 0xf2, 0xf3, 0xf9, 0xfa, 0xfc];

const LATIN1 = new Set([
  0xa1, 0xa4, 0xa7, 0xa8, 0xaa, 0xad, 0xaf, 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe, 0xbf, 0xd7, 0xf7,
  ...PINYIN_LATIN1,
]);

/** Whether a code point (or a BMP code unit) is drawn in the eastAsia face by Word only because of w:hint. */
export function isAmbiguousCode(c: number): boolean {
  if (c < 0xa1) return false;
  if (c <= 0xff) return LATIN1.has(c);
  // Latin Extended-A/B and IPA (ā ǎ ě ǐ ǒ ǔ ǖ ǘ ǚ ǜ ɑ ɡ ń ň), then spacing modifiers, combining marks, Greek, Cyrillic.
  if (c <= 0x4ff) return true;
  // Latin Extended Additional (ḿ): the eastAsia face for a Chinese run, as Latin Extended-A.
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c < 0x2000) return false;
  if (c <= 0x27bf) return true;
  if (c < 0xe000) return false;
  if (c <= 0xf8ff) return true;
  return c >= 0xfb00 && c <= 0xfb1c;
}

/** A piece of a run's text: `ambiguous` pieces are written with the Chinese face in every rFonts slot. */
export interface RunPiece {
  text: string;
  ambiguous: boolean;
}

/**
 * A run's text cut into maximal pieces of ambiguous and of other characters, in order; one piece (the whole
 * text, empty included) when there is nothing to cut. Cuts fall between code points, never inside a pair.
 */
export function splitAmbiguous(text: string): RunPiece[] {
  const pieces: RunPiece[] = [];
  let start = 0;
  let current: boolean | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Both halves of a surrogate pair are not ambiguous (no astral code point is): they stay together.
    const ambiguous = isAmbiguousCode(c);
    if (current !== undefined && ambiguous !== current) {
      pieces.push({ text: text.slice(start, i), ambiguous: current });
      start = i;
    }
    current = ambiguous;
  }
  pieces.push({ text: text.slice(start), ambiguous: current ?? false });
  return pieces;
}
