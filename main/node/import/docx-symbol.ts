// w:sym (插入 → 符号) stores a character as its code in a font, not as text. In a Unicode font (宋体, 仿宋,
// Times New Roman) the code is the character's own; in a symbol font (Wingdings, Symbol) it is a slot of
// the font's private code page, written F0xx (ECMA-376 17.3.3.30), that has no meaning outside that font:
// what the slot draws is mapped here for the marks Chinese plans use (bullets, check boxes, arrows).

const WINGDINGS: Record<number, string> = {
  0x6c: '●', 0x6e: '■', 0x6f: '□', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0xa1: '○', 0xa7: '▪', 0xa8: '◻',
  0xd8: '➢', 0xe8: '➔', 0xfb: '✗', 0xfc: '✓', 0xfd: '☒', 0xfe: '☑',
};
// 插入 → 符号 → Wingdings 2 is where Chinese forms take their check boxes: £ is □, R is ☑, T is ☒.
const WINGDINGS_2: Record<number, string> = { 0x4f: '✗', 0x50: '✓', 0x52: '☑', 0x54: '☒', 0xa3: '□' };
const SYMBOL: Record<number, string> = { 0x2d: '−', 0xb7: '•', 0xd6: '√', 0xae: '→', 0xbe: '—', 0xb4: '×', 0xb8: '÷', 0xb1: '±' };

const SYMBOL_FONTS: Record<string, Record<number, string>> = {
  wingdings: WINGDINGS, 'wingdings 2': WINGDINGS_2, symbol: SYMBOL,
};

/** The character a w:sym shows; '' when its font's slot is not one we know (nothing is better than a wrong mark). */
export function symbolChar(font: string | null, hex: string | null): string {
  const code = hex ? parseInt(hex, 16) : NaN;
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return '';
  const table = SYMBOL_FONTS[(font ?? '').trim().toLowerCase()];
  const slot = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (table) return table[slot] ?? '';
  // A Unicode font: the code is the character (an F0xx code there means its low byte, as Word shows it).
  return String.fromCodePoint(slot);
}
