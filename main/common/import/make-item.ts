import type { Item, ItemLevel, ItemRole } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import type { Text } from '../model/text';
import { extractDeadline } from './deadline';
import { gluedRowTail } from './glued-row-tail';
import type { IdMaker } from './id-maker';
import type { Line } from './line';
import { openingAssignment } from './opening-assignment';
import { extractResponsibility, innerUnitGroups } from './responsibility';
import type { StandingRules } from './standing-rules';
import { splitRunInTitle } from './run-in-title';

export interface ItemParse {
  item: Item;
  notation: ResponsibilityNotation | null;
  /** Chinese notes for the report (repairs, guessed titles). */
  notes: string[];
  /** A rule for later measures written in the annotation ("排在首位的为牵头单位，下同"). */
  rules: StandingRules | null;
}

/**
 * A numbered line (label already skipped: `start`) → an item: responsibility annotation and deadline
 * become data, the run-in title a `lead` leaf, the numeral is dropped (it is derived).
 */
export function makeItem(
  line: Line, start: number, level: ItemLevel, role: (hasUnits: boolean) => ItemRole, ids: IdMaker,
  opts: { runInTitle?: boolean } = {},
): ItemParse {
  let text = line.text.slice(start);
  let m = line.m.slice(start);
  const notes: string[] = [];
  const resp = extractResponsibility(text, m) ?? gluedRowTail(text, m);
  let deadline: string | null = null;
  if (resp) {
    text = resp.text;
    m = m.slice(0, text.length);
    deadline = resp.deadline;
    notes.push(...resp.repairs);
  }
  if (!deadline) {
    const dl = extractDeadline(text, m);
    if (dl) {
      text = dl.text;
      m = m.slice(0, text.length);
      deadline = dl.deadline;
    }
  }
  const label = line.text.slice(0, start);
  const bold = line.bold?.startsWith(label) ? line.bold.slice(label.length) || undefined : undefined;
  const split = opts.runInTitle === false ? { lead: null, body: text, guessed: false } : splitRunInTitle(text, m, bold);
  if (split.guessed) notes.push(`标题后缺少句号，按用语推断标题为“${split.lead}”`);
  const children: Text[] = [];
  if (split.lead) children.push({ text: split.lead, lead: true });
  if (split.body || children.length === 0) children.push({ text: split.body });
  const opening = resp ? null : openingAssignment(text);
  const leadUnits = [...(resp?.leadUnits ?? opening?.lead ?? [])];
  const supportUnits = [...(resp?.supportUnits ?? opening?.support ?? [])];
  const groups = resp ? innerUnitGroups(text, m) : [];
  for (const g of groups) {
    for (const u of g.lead) if (!leadUnits.includes(u)) leadUnits.push(u);
    for (const u of g.support) if (!supportUnits.includes(u) && !leadUnits.includes(u)) supportUnits.push(u);
  }
  if (groups.length) notes.push(`一项措施中有 ${groups.length + 1} 组责任单位，均已保留`);
  return {
    item: {
      type: 'item', id: ids.next('m'), level, role: role(leadUnits.length + supportUnits.length > 0),
      leadUnits, supportUnits, deadline, children,
    },
    notation: resp?.notation ?? opening?.notation ?? null,
    notes,
    rules: resp?.rules ?? null,
  };
}
