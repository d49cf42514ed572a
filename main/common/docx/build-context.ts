import type { Paragraph, Table } from 'docx';
import type { ResponsibilityNotation } from '../model/meta';
import type { ExportOptions } from './export-options';
import type { Geometry, Gbt9704Style } from './gbt9704-style';

/** Everything a block builder needs; built once per export. */
export interface BuildContext {
  style: Gbt9704Style;
  geometry: Geometry;
  options: ExportOptions;
  notation: ResponsibilityNotation;
  /** Derived numbering labels keyed by section/item id (Numbering.plan / Numbering.attachment). */
  labels: Map<string, string>;
}

/**
 * A laid-out piece of the flow: the docx node and its height in twips, so the exporter can tell how
 * much of the last page is used (the 版记 must end on the 版心 bottom, GB/T 9704 7.4.1).
 * `height: null` means unknown (tables): the 版记 then takes a page of its own.
 */
export interface Flow {
  node: Paragraph | Table;
  height: number | null;
  /** Line pitch of the node (twips) when it is a paragraph of `height / line` exact lines. */
  line?: number;
  /** Keep with the next flow item (standalone headings). */
  keepNext?: boolean;
  /** Starts a new page (w:pageBreakBefore). */
  pageBreakBefore?: boolean;
}
