import { DeletedTextRun, InsertedTextRun, TextRun, type IFontAttributesProperties, type IRunOptions, type ParagraphChild } from 'docx';
import { splitAmbiguous } from './ambiguous-runs';
import type { Face, FaceSet } from './gbt9704-style';

/**
 * Fonts for one run: the Chinese face for East Asian text, Times New Roman for digits/Latin, and
 * hint="eastAsia" (docs/gbt9704.md#fonts). An `ambiguous` run (ambiguous-runs.ts: · “ ” — … and the like)
 * names the Chinese face in every slot, so Word and LibreOffice both draw it there, one 字 wide.
 * Named explicitly on every run: theme fonts would override them and WPS reports 缺失字体.
 */
export function runFonts(faces: FaceSet, face: Face, ambiguous = false): IFontAttributesProperties {
  const name = faces[face];
  const latin = ambiguous ? name : faces.latin;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: name, hint: 'eastAsia' };
}

export interface RunSpec {
  text: string;
  face: Face;
  /** Half-points. */
  size: number;
  scale?: number;
  color?: string;
  bold?: boolean;
  /** Start the run on a new line (w:br), e.g. a 梯形 title broken by hand. */
  breakBefore?: boolean;
  /** A tracked change (tracked-changes.ts): the run is written inside w:ins or w:del. */
  change?: { kind: 'insert' | 'delete'; id: number; author: string; date: string };
  /** Word comment ids whose range starts before / ends after this run (review-runs.ts). */
  commentStart?: number[];
  commentEnd?: number[];
}

/** The w:r options of each piece of a spec (splitAmbiguous): the line break before the first only. */
function pieceOptions(faces: FaceSet, spec: RunSpec, extra: Partial<IRunOptions>): IRunOptions[] {
  return splitAmbiguous(spec.text).map((piece, i) => ({
    text: piece.text,
    font: runFonts(faces, spec.face, piece.ambiguous),
    size: spec.size,
    sizeComplexScript: spec.size,
    ...(spec.scale && spec.scale !== 100 ? { scale: spec.scale } : {}),
    ...(spec.color ? { color: spec.color } : {}),
    ...(spec.bold ? { bold: true } : {}),
    ...(spec.breakBefore && i === 0 ? { break: 1 } : {}),
    ...extra,
  }));
}

/** The runs of a plain spec, one per piece (its `change`, if any, is not written: use flowRuns for tracked paragraphs). */
export function textRuns(faces: FaceSet, spec: RunSpec, extra: Partial<IRunOptions> = {}): TextRun[] {
  return pieceOptions(faces, spec, extra).map((o) => new TextRun(o));
}

type ChangeOptions = NonNullable<RunSpec['change']>;

/** One w:ins holding every piece of a split run: the change stays one change, with one id. */
class InsertedRuns extends InsertedTextRun {
  constructor(pieces: IRunOptions[], change: ChangeOptions) {
    const { id, author, date } = change;
    super({ ...pieces[0]!, id, author, date });
    for (const p of pieces.slice(1)) this.addChildElement(new TextRun(p));
  }
}

/** One w:del holding every piece of a split run (each a w:r with w:delText). */
class DeletedRuns extends DeletedTextRun {
  constructor(pieces: IRunOptions[], change: ChangeOptions) {
    const { id, author, date } = change;
    super({ ...pieces[0]!, id, author, date });
    for (const p of pieces.slice(1)) this.addChildElement(new DeletedRuns([p], change).deletedTextRunWrapper);
  }
}

/** The runs of a flow paragraph's spec: plain, or inside one w:ins / w:del when the spec carries a tracked change. */
export function flowRuns(faces: FaceSet, spec: RunSpec): ParagraphChild[] {
  const pieces = pieceOptions(faces, spec, {});
  if (!spec.change) return pieces.map((o) => new TextRun(o));
  return [spec.change.kind === 'insert' ? new InsertedRuns(pieces, spec.change) : new DeletedRuns(pieces, spec.change)];
}
