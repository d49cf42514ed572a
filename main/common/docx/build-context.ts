import type { Paragraph, Table } from 'docx';
import type { ResponsibilityNotation } from '../model/meta';
import type { ExportOptions } from './export-options';
import type { FlowParagraphSpec } from './flow-paragraph';
import type { Geometry, Gbt9704Style } from './gbt9704-style';

/** Everything a block builder needs; built once per export. */
export interface BuildContext {
  style: Gbt9704Style;
  geometry: Geometry;
  options: ExportOptions;
  notation: ResponsibilityNotation;
  /** Derived numbering labels keyed by section/item id (Numbering.plan / Numbering.attachment). */
  labels: Map<string, string>;
  /** Names a title line break must not split (the region, the issuer). */
  names?: { region: string; issuer: string };
}

/**
 * A piece of the flow: the docx node, and for paragraphs the spec it was built from, so the exporter
 * can rebuild the last one with keep-with-next (the 版记 must share the last page with the body).
 */
export interface Flow {
  node: Paragraph | Table;
  spec?: FlowParagraphSpec;
}
