import { splitAmbiguous } from '../ambiguous-runs';
import type { FlowParagraphSpec } from '../flow-paragraph';
import type { FaceSet } from '../gbt9704-style';
import type { RunSpec } from '../text-run';
import { xmlEscape as esc } from './xml-escape';

// A flow paragraph (flow-paragraph.ts) as WordprocessingML text, written directly: the same bytes docx's
// Paragraph/TextRun objects give through its formatter, at a fraction of the cost (the export's body is
// thousands of runs: building docx's objects and turning them into XML was over half of a CLI export,
// README "Benchmarks"). Element and attribute order follow docx 9.15.2 (pinned): ParagraphProperties
// (pStyle, keepNext, keepLines, pageBreakBefore, spacing, ind, jc) and RunProperties (rFonts, b, bCs, color,
// w, sz, szCs). tests/unit/docx/direct-xml.test.ts compares both writers on every combination the specs use.

/** docx writes whole numbers for twips and half-points (its decimalNumber floors). */
const int = (n: number): number => {
  if (!Number.isFinite(n)) throw new Error(`Invalid value '${n}' specified. Must be an integer.`);
  return Math.floor(n);
};

// An export's runs share a handful of property sets (body text, headings, table cells): each rPr is written once.
const rPrCache = new WeakMap<FaceSet, Map<string, string>>();

/** The rPr of a run or of its ambiguous pieces (text-run.ts textRuns: the faces of runFonts, size for both scripts). */
function runPropertiesXml(faces: FaceSet, spec: RunSpec, ambiguous: boolean): string {
  let cache = rPrCache.get(faces);
  if (!cache) rPrCache.set(faces, (cache = new Map()));
  const key = `${spec.face}|${spec.size}|${spec.bold === true}|${spec.color ?? ''}|${spec.scale ?? ''}|${ambiguous}`;
  let xml = cache.get(key);
  if (xml === undefined) cache.set(key, (xml = writeRunProperties(faces, spec, ambiguous)));
  return xml;
}

function writeRunProperties(faces: FaceSet, spec: RunSpec, ambiguous: boolean, hint = true): string {
  const name = esc(faces[spec.face]);
  const latin = ambiguous ? name : esc(faces.latin);
  let xml = `<w:rFonts w:ascii="${latin}" w:cs="${latin}" w:eastAsia="${name}" w:hAnsi="${latin}"${hint ? ' w:hint="eastAsia"' : ''}/>`;
  if (spec.bold) xml += '<w:b/><w:bCs/>';
  if (spec.color) xml += `<w:color w:val="${esc(spec.color)}"/>`;
  if (spec.scale && spec.scale !== 100) xml += `<w:w w:val="${spec.scale}"/>`;
  const size = int(spec.size);
  if (size < 0) throw new Error(`Invalid value '${spec.size}' specified. Must be a positive integer.`);
  xml += `<w:sz w:val="${size}"/>`;
  if (spec.size) xml += `<w:szCs w:val="${size}"/>`;
  return `<w:rPr>${xml}</w:rPr>`;
}

/**
 * The runs of a spec, one per piece (ambiguous-runs.ts): properties, an optional line break before the
 * first, the text (always xml:space="preserve"). Tracked changes and comments are docx's (flow-xml.ts).
 */
export function runXml(faces: FaceSet, spec: RunSpec): string {
  let xml = '';
  for (const piece of splitAmbiguous(spec.text)) {
    const br = spec.breakBefore && xml === '' ? '<w:br/>' : '';
    xml += `<w:r>${runPropertiesXml(faces, spec, piece.ambiguous)}${br}<w:t xml:space="preserve">${esc(piece.text)}</w:t></w:r>`;
  }
  return xml;
}

/**
 * One run for text turned with a vertical text box (the landscape page number, landscape-number-xml.ts):
 * there a character in the Chinese face stands upright, so the 一字线 of "— N —" must stay Latin (Times,
 * no eastAsia hint, not split) to turn with the line in Word and LibreOffice alike.
 */
export function turnedRunXml(faces: FaceSet, spec: RunSpec): string {
  return `<w:r>${writeRunProperties(faces, spec, false, false)}<w:t xml:space="preserve">${esc(spec.text)}</w:t></w:r>`;
}

function indentXml(ind: NonNullable<FlowParagraphSpec['indent']>): string {
  let attrs = '';
  if (ind.left !== undefined) attrs += ` w:left="${int(ind.left)}"`;
  if (ind.right !== undefined) attrs += ` w:right="${int(ind.right)}"`;
  if (ind.hanging !== undefined) attrs += ` w:hanging="${int(ind.hanging)}"`;
  if (ind.firstLine !== undefined) attrs += ` w:firstLine="${int(ind.firstLine)}"`;
  if (ind.firstLineChars !== undefined) attrs += ` w:firstLineChars="${int(ind.firstLineChars)}"`;
  return `<w:ind${attrs}/>`;
}

/** A paragraph's pPr: what flowParagraph passes to docx's Paragraph, in docx's order. */
function paragraphPropertiesXml(spec: FlowParagraphSpec): string {
  let xml = spec.style ? `<w:pStyle w:val="${esc(spec.style)}"/>` : '';
  if (spec.keepNext) xml += '<w:keepNext/><w:keepLines/>';
  if (spec.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (spec.line !== undefined) xml += `<w:spacing w:after="0" w:before="0" w:line="${spec.line}" w:lineRule="exact"/>`;
  if (spec.indent) xml += indentXml(spec.indent);
  if (spec.alignment) xml += `<w:jc w:val="${spec.alignment}"/>`;
  return xml ? `<w:pPr>${xml}</w:pPr>` : '';
}

/**
 * The paragraph flowParagraph(ctx, spec) builds, as XML; undefined when the spec carries `extra` options
 * (borders, frames, tabs: the red head's rule), which only docx's own objects write.
 */
export function paragraphXml(faces: FaceSet, spec: FlowParagraphSpec): string | undefined {
  if (spec.extra !== undefined) return undefined;
  let runs = '';
  for (const r of spec.runs) runs += runXml(faces, r);
  return `<w:p>${paragraphPropertiesXml(spec)}${runs}</w:p>`;
}
