import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions } from 'docx';
import type { BuildContext, Flow } from './build-context';
import type { Face } from './gbt9704-style';
import { withCommentMarks } from './review-runs';
import { flowRuns, type RunSpec } from './text-run';

/** 版心 width in points (156 mm). */
export const TEXT_WIDTH_PT = 8844 / 20;

export interface FlowParagraphSpec {
  style: string;
  runs: RunSpec[];
  /** Exact line pitch in twips; defaults to the body grid. */
  line?: number;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Indents in twips (firstLine for 左空二字; left/right/hanging for 版记 and 附件说明). */
  indent?: { firstLine?: number; firstLineChars?: number; left?: number; right?: number; hanging?: number };
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  extra?: Partial<IParagraphOptions>;
}

/**
 * A paragraph of the flow; `line` set → exact spacing of that pitch, else the style's. The docx Paragraph is
 * built on first use of `node`: packing writes most flows' XML directly from the spec (xml/paragraph-xml.ts).
 */
export function flowParagraph(ctx: BuildContext, spec: FlowParagraphSpec): Flow {
  let node: Paragraph | undefined;
  return {
    spec,
    get node() {
      return (node ??= docxParagraph(ctx, spec));
    },
  };
}

/** The docx object of a flow paragraph (what paragraph-xml.ts writes for specs without `extra`). */
function docxParagraph(ctx: BuildContext, spec: FlowParagraphSpec): Paragraph {
  return new Paragraph({
    style: spec.style,
    ...(spec.line !== undefined ? { spacing: { line: spec.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 } } : {}),
    ...(spec.alignment ? { alignment: spec.alignment } : {}),
    ...(spec.indent ? { indent: spec.indent } : {}),
    // A kept paragraph also keeps its lines together: LibreOffice moves it whole, and Word then does too.
    ...(spec.keepNext ? { keepNext: true, keepLines: true } : {}),
    ...(spec.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: spec.runs.flatMap((r) => withCommentMarks(r, flowRuns(ctx.style.faces, r))),
    ...spec.extra,
  });
}

/** A body-size run in a given face (3号, condensed to 28 per line). */
export function bodyRun(ctx: BuildContext, text: string, face: Face = 'fangsong', bold = false): RunSpec {
  return { text, face, size: ctx.style.sizes.body, scale: ctx.style.body.scale, ...(bold ? { bold } : {}) };
}

/** 左空二字 [Std 7.3.3]. */
export function bodyIndent(ctx: BuildContext): { firstLine: number; firstLineChars: number } {
  return { firstLine: ctx.style.body.firstLine, firstLineChars: ctx.style.body.firstLineChars };
}

/** One empty grid line: "空一行" is a real empty paragraph, not w:before (docs/gbt9704.md#the-22--28-grid). */
export function blankLine(ctx: BuildContext, styleId: string): Flow {
  return flowParagraph(ctx, { style: styleId, runs: [bodyRun(ctx, '')] });
}
