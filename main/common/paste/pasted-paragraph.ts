/** One run of pasted text; `label` marks Word's list number (a generated label, not typed text). */
export interface PastedRun {
  text: string;
  bold: boolean;
  label?: true;
}

/** One pasted paragraph (from clipboard HTML or a line of plain text). */
export interface PastedParagraph {
  runs: PastedRun[];
}

/** A pasted paragraph as one line: whitespace collapsed and trimmed, with a bold flag per character. */
export interface FlatParagraph {
  text: string;
  bold: boolean[];
}

const BULLET = /^[•·●◆■□▪◇○Øü§\uf06c\uf0a7\uf0d8\uf0b7]$/;
const SPACE = /[\s\u00a0\u3000]/;

/**
 * Runs → one line. Word's list label is kept when it is a numbering the recognizer reads (1. （一）) and
 * dropped when it is a bullet glyph (Symbol/Wingdings: ·, Ø, §).
 */
export function flattenParagraph(p: PastedParagraph): FlatParagraph {
  let text = '';
  const bold: boolean[] = [];
  let pendingSpace = false;
  for (const run of p.runs) {
    const t = run.label && BULLET.test(run.text.replace(/[\s\u00a0]+/g, '')) ? '' : run.text;
    for (const ch of t) {
      if (SPACE.test(ch)) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        bold.push(false);
        pendingSpace = false;
      }
      text += ch;
      for (let i = 0; i < ch.length; i++) bold.push(run.bold);
    }
  }
  return { text, bold };
}

/** Plain text: one paragraph per line. */
export function plainTextParagraphs(text: string): PastedParagraph[] {
  return text.split(/\r?\n/).filter((l) => l.trim().length > 0).map((l) => ({ runs: [{ text: l, bold: false }] }));
}
