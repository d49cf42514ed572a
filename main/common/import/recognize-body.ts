import type { Body } from '../model/element-types';
import type { ResponsibilityNotation } from '../model/meta';
import type { Section } from '../model/section';
import { BodyBuilder } from './body-builder';
import { IdMaker } from './id-maker';
import { toLines, type SourceParagraph } from './to-lines';
import { emptyReport } from './import-report';
import { joinBrokenLines } from './join-broken-lines';

export interface RecognizedBody {
  /** Paragraphs and items before the first heading. */
  preamble: Body;
  sections: Section[];
  /** Report lines (guessed titles, repaired annotations, measures found without a number). */
  notes: string[];
  notations: Map<ResponsibilityNotation, number>;
}

/**
 * The line/paragraph recognizer on its own, for text that is not a whole document (paste, a clause):
 * headings, numbered items with their level and run-in title, responsibility annotations, without
 * looking for a 版头, notice or title. Same rules as `importPlan`.
 */
export function recognizeBody(paragraphs: readonly SourceParagraph[], ids: IdMaker = new IdMaker()): RecognizedBody {
  const report = emptyReport(null);
  const { lines } = joinBrokenLines(toLines(paragraphs, report));
  const builder = new BodyBuilder(ids);
  for (const line of lines) builder.add(line);
  builder.finish();
  return { preamble: builder.preamble, sections: builder.sections, notes: [...builder.notes, ...report.recognised], notations: builder.notations };
}
