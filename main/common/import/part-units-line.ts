import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import { fold } from './line';
import { parseUnitsText, UNITS_LINE } from './responsibility';

// "一、推进农村厕所革命" / "由县农业农村局承办，县卫生健康局、各乡镇人民政府配合。" / "1.新改建…": older plans and
// 分工方案 name a part's units once, in a sentence of their own under its heading, and its tasks none. The
// line is the part's assignment (as a heading naming its lead is), not a paragraph of text: the part's
// measures that name no units carry them. "由A负责保障资金" with a task after it is a measure, not this.
const ASSIGNMENT = /^由([^,，。;；:：]{2,40}?)(?:负责|牵头|承办|主办|组织实施)(?:[,，]([^,，。;；:：]{2,80}?)(?:配合|协办|参与|协助))?[。.]?$/;

type Units = { lead: string[]; support: string[] };

/** The units a line standing alone names: "由A承办，B配合。" or "责任单位：A、B"; null for anything else. */
export function partUnitsLine(text: string): Units | null {
  const m = fold(text.trim());
  const g = ASSIGNMENT.exec(m);
  if (g) {
    const clause = g[2] ? `${g[1]}牵头,${g[2]}配合` : `${g[1]}牵头`;
    const r = parseUnitsText(clause, clause);
    return r && r.lead.length ? r : null;
  }
  if (!UNITS_LINE.test(m)) return null;
  const r = parseUnitsText(text.trim(), m);
  return r && r.lead.length + r.support.length > 0 ? r : null;
}

/** The first units line among the paragraphs under a heading, before its first item. */
function headUnits(body: Body): Units | null {
  for (const b of body) {
    if (b.type === 'item') return null;
    if (b.type !== 'paragraph') continue;
    const units = partUnitsLine(b.children.map((c) => ('text' in c ? c.text : '')).join(''));
    if (units) return units;
  }
  return null;
}

function fill(s: Section, units: Units): number {
  let n = 0;
  for (const b of s.body) {
    if (b.type !== 'item' || b.role !== 'measure' || b.leadUnits.length + b.supportUnits.length > 0) continue;
    b.leadUnits = [...units.lead];
    b.supportUnits = units.support.filter((u) => !units.lead.includes(u));
    n++;
  }
  return n + s.sections.reduce((k, sub) => k + (headUnits(sub.body) ? 0 : fill(sub, units)), 0);
}

/** Every part (and sub-part) with a units line under its heading gives them to its measures that name none. */
export function partUnitsLines(sections: Section[], guesses: HeadGuess[]): void {
  const walk = (s: Section) => {
    const units = headUnits(s.body);
    const filled = units ? fill(s, units) : 0;
    if (filled > 0) guesses.push({ what: `“${s.title}”下 ${filled} 条措施没有写责任单位，按标题下一行“${[...units!.lead, ...units!.support].join('、')}”填入`, confidence: 0.8 });
    for (const sub of s.sections) walk(sub);
  };
  for (const s of sections) walk(s);
}
