import { DeletedTextRun, InsertedTextRun, TextRun, type IFontAttributesProperties, type IRunOptions } from 'docx';
import type { Face, FaceSet } from './gbt9704-style';

/**
 * Fonts for one run: the Chinese face for East Asian text, Times New Roman for digits/Latin, and
 * hint="eastAsia" so ambiguous punctuation (“ ” — …) stays in the Chinese face (docs/gbt9704.md#fonts).
 * Named explicitly on every run: theme fonts would override them and WPS reports 缺失字体.
 */
export function runFonts(faces: FaceSet, face: Face): IFontAttributesProperties {
  const name = faces[face];
  return { ascii: faces.latin, hAnsi: faces.latin, cs: faces.latin, eastAsia: name, hint: 'eastAsia' };
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

function runOptions(faces: FaceSet, spec: RunSpec, extra: Partial<IRunOptions>): IRunOptions {
  return {
    text: spec.text,
    font: runFonts(faces, spec.face),
    size: spec.size,
    sizeComplexScript: spec.size,
    ...(spec.scale && spec.scale !== 100 ? { scale: spec.scale } : {}),
    ...(spec.color ? { color: spec.color } : {}),
    ...(spec.bold ? { bold: true } : {}),
    ...(spec.breakBefore ? { break: 1 } : {}),
    ...extra,
  };
}

/** A plain run (its `change`, if any, is not written: use flowRun for tracked paragraphs). */
export function textRun(faces: FaceSet, spec: RunSpec, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun(runOptions(faces, spec, extra));
}

/** A run of a flow paragraph: plain, or inside w:ins / w:del when the spec carries a tracked change. */
export function flowRun(faces: FaceSet, spec: RunSpec): TextRun | InsertedTextRun | DeletedTextRun {
  const options = runOptions(faces, spec, {});
  if (!spec.change) return new TextRun(options);
  const { kind, id, author, date } = spec.change;
  return kind === 'insert' ? new InsertedTextRun({ ...options, id, author, date }) : new DeletedTextRun({ ...options, id, author, date });
}
