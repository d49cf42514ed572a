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
  /** A 修订 of the 修订稿: a tracked insertion or deletion (review-runs.ts). */
  change?: { kind: 'ins' | 'del'; id: number; author: string; date: string };
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

export function textRun(faces: FaceSet, spec: RunSpec, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun(runOptions(faces, spec, extra));
}

/** A run of the flow: a tracked insertion or deletion when the spec carries a 修订, else a plain run. */
export function flowRun(faces: FaceSet, spec: RunSpec): TextRun | InsertedTextRun | DeletedTextRun {
  const options = runOptions(faces, spec, {});
  if (!spec.change) return new TextRun(options);
  const change = { id: spec.change.id, author: spec.change.author, date: spec.change.date };
  return spec.change.kind === 'ins' ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
}
