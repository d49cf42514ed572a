import type { Item } from '../model/item';
import type { Section } from '../model/section';
import { excerpt } from './excerpt';
import { fold } from './line';
import { looksLikeUnit } from './unit-names';

/** A part titled only as the division of the work: "二、任务分工" / "责任分工" / "工作分工". */
const DIVISION_TITLE = /^(任务|责任|工作)分工$/;

/** "局安委会负责制定…" / "局安委会成员单位要在…": an item whose subject is an organ, then what it is to do. */
const ORGAN_SUBJECT = /^(.{2,20}?)(负责|要|应当|应)/;

const bodyItems = (s: Section): Item[] => s.body.flatMap((b) => (b.type === 'item' ? [b] : []));

function organSubject(i: Item): boolean {
  if (i.leadUnits.length + i.supportUnits.length > 0) return false;
  const m = ORGAN_SUBJECT.exec(fold(i.children.map((c) => c.text).join('')).replace(/\s/g, ''));
  return m !== null && looksLikeUnit(m[1]!);
}

/**
 * "二、任务分工" over "（一）局安委会负责制定…" / "（二）局安委会成员单位要在…" before "三、主要任务": a division-of-work part
 * whose every item opens with an organ as its subject says who does what in organising the plan, as a 职责分工
 * part does — the tasks are elsewhere. Its items are read as points (changed in place) when another part of the
 * plan holds measures; a 任务分工 whose items are tasks ("（一）推进…（牵头单位：…）") opens with a verb and stays.
 */
export function dutyDivisionPart(sections: readonly Section[], guesses: Array<{ what: string; confidence: number }>): void {
  for (const s of sections) {
    if (!DIVISION_TITLE.test(s.title.replace(/\s/g, '')) || s.sections.length > 0) continue;
    const items = bodyItems(s);
    if (items.length < 2 || !items.every(organSubject)) continue;
    const elsewhere = sections.some((o) => o !== s && [o, ...o.sections].some((x) => bodyItems(x).some((i) => i.role === 'measure')));
    if (!elsewhere) continue;
    for (const i of items) i.role = 'point';
    s.kind = 'safeguards';
    guesses.push({ what: `“${excerpt(s.title)}”下 ${items.length} 项各以单位开头、写明其职责，是分工而不是任务，不按措施导入`, confidence: 0.65 });
  }
}
