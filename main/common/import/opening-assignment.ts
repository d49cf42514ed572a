import type { ResponsibilityNotation } from '../model/meta';
import { fold } from './line';
import { parseUnitsText } from './responsibility';

// "(一)由省经贸委负责,省农业厅、环保局配合,加快省级无公害畜禽基地建设…": older plans name a measure's units at
// its start, as the sentence's subject, instead of in a note at its end. Read only there, and only in this
// two-part form (a lead then its partners, then the task), so "由县财政局负责保障资金" inside a sentence
// stays text.
const OPENING = /^由([^,，。;；:：]{2,40}?)(?:负责|牵头|承办|主办)[,，]([^,，。;；:：]{2,80}?)(?:配合|协办|参与|协助)[,，](?=.{4})/;

/** The units a measure names at its start ("由A负责,B配合,…"); its text is kept as written. */
export function openingAssignment(text: string): { lead: string[]; support: string[]; notation: ResponsibilityNotation } | null {
  const g = OPENING.exec(fold(text));
  if (!g) return null;
  const clause = `${g[1]}牵头,${g[2]}配合`;
  const r = parseUnitsText(clause, clause);
  return r && r.lead.length ? r : null;
}
