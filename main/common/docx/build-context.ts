import type { Paragraph, Table } from 'docx';
import type { ResponsibilityNotation } from '../model/meta';
import type { BlockRevisions } from './compare/block-marks';
import type { ExportOptions } from './export-options';
import type { FlowParagraphSpec } from './flow-paragraph';
import type { GridTableSpec } from './elements/grid-table';
import type { Geometry, Gbt9704Style } from './gbt9704-style';
import type { ReviewMarks } from './review-runs';

/** Everything a block builder needs; built once per export. */
export interface BuildContext {
  style: Gbt9704Style;
  geometry: Geometry;
  options: ExportOptions;
  notation: ResponsibilityNotation;
  /** Derived numbering labels keyed by section/item id (Numbering.plan / Numbering.attachment). */
  labels: Map<string, string>;
  /** Items that only repeat their section's heading (`headingNamedItems`): printed as their units line. */
  headingNamed?: ReadonlySet<string>;
  /** Names a title line break must not split (the region, the issuer). */
  names?: { region: string; issuer: string };
  /** A compared export (`--compare-to`): which blocks are inserted, deleted or edited (compare/tracked-plan.ts). */
  revisions?: BlockRevisions;
  /** Set for the 修订稿 (options.revisions): tracked changes and comments. */
  review?: ReviewMarks;
}

/**
 * A piece of the flow: the docx node and the spec it was built from — for paragraphs so the exporter can
 * rebuild the last one with keep-with-next, for both so page-layout can measure it (flow-box.ts) and packing can
 * write its XML directly (xml/flow-xml.ts). `node` may be a getter that builds the docx object on first use.
 */
export interface Flow {
  readonly node: Paragraph | Table;
  spec?: FlowParagraphSpec;
  table?: GridTableSpec;
}
