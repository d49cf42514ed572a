import { TextRun, type IFontAttributesProperties, type IRunOptions } from 'docx';
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
}

export function textRun(faces: FaceSet, spec: RunSpec, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text: spec.text,
    font: runFonts(faces, spec.face),
    size: spec.size,
    sizeComplexScript: spec.size,
    ...(spec.scale && spec.scale !== 100 ? { scale: spec.scale } : {}),
    ...(spec.color ? { color: spec.color } : {}),
    ...(spec.bold ? { bold: true } : {}),
    ...(spec.breakBefore ? { break: 1 } : {}),
    ...extra,
  });
}
