import type { ResponsibilityNotation } from '../model/meta';
import { fold } from './line';
import { takeStandingRules, type StandingRules } from './standing-rules';
import { DUTY_MANNER, withoutDutyVerb } from './duty-verb';
import { BARE_LEAD_NOTE } from './bare-lead-note';
import { looksLikeUnit, splitUnits as splitNames } from './unit-names';

/** The names of a list, each without a duty verb left glued to it ("市国资委负责、市市场监督局"). */
function splitUnits(text: string, m: string): { units: string[]; glued: number } {
  const r = splitNames(text, m);
  return { units: [...new Set(r.units.map(withoutDutyVerb))], glued: r.glued };
}

/** Units written in a table cell or an annotation's inside, e.g. "牵头部门:A;参与部门:B、C。" */
export function parseUnitsText(text: string, m: string): { lead: string[]; support: string[]; notation: ResponsibilityNotation } | null {
  const trimmed = m.replace(/[。.\s]+$/, '');
  const r = parseInner(text.slice(0, trimmed.length), trimmed);
  return r ? { lead: r.lead, support: r.support.filter((u) => !r.lead.includes(u)), notation: r.notation } : null;
}

/**
 * A cell of a table's units column (牵头单位, 责任单位): its heading already says it names units, so a list
 * whose names do not all end like an office's ("各镇、街道、工业园区", "县(市、区)政府", "新材料产业园") is
 * still read, where an annotation at a sentence's end would have to prove itself. A piece ending in a verb
 * ("…负责") or asking something of someone (按照, 要求) is prose, not a list; "各项目牵头单位" is a name.
 */
export function parseUnitsCell(text: string, m: string): ReturnType<typeof parseUnitsText> {
  const strict = parseUnitsText(text, m);
  if (strict) return strict;
  const trimmed = m.replace(/[。.\s]+$/, '');
  if (!trimmed || /[。;:]/.test(trimmed)) return null;
  const { units } = splitUnits(text.slice(0, trimmed.length), trimmed);
  const list = units.length > 0 && units.every((u) => u.length <= 24 && !/(负责|落实|牵头|配合|参与|参加)$|按照|要求|做好|加强/.test(fold(u)));
  return list ? { lead: units, support: [], notation: 'division' } : null;
}

/** A responsibility annotation found at the end of a measure, turned into data. */
export interface Responsibility {
  /** The text without the annotation. */
  text: string;
  leadUnits: string[];
  supportUnits: string[];
  deadline: string | null;
  notation: ResponsibilityNotation;
  /** Repairs worth reporting: a missing "(" or "、", no parentheses at all. */
  repairs: string[];
  /** A rule for later measures written inside the annotation ("排在首位的为牵头单位，下同"). */
  rules: StandingRules | null;
}

// "牵头单位：", "责任部门：", and compounds such as "牵头责任单位：", "主要协作单位：", "主体责任单位：". A bureau's
// own 工作要点 names its offices: "责任科室：", "牵头处室：", "承办股室：". Shanghai's districts write the partners
// as "支撑单位：" ("（牵头单位：A，支撑单位：B）"). A task shared by a lead and the towns it reaches names them
// "共同责任单位：" ("（牵头单位：区教育局；共同责任单位：相关镇街）"): they answer for it with the lead. A district's own
// 实施方案 may close each task with a line "相关部门：A、B、C等。" — the organs that carry it, with no lead named,
// read as 责任 is.
const ROLE_WORDS = '主要|主体|具体|其他|牵头|责任|参与|配合|协办|协助|协作|协同|参加|主责|承办|实施|支撑|指导|共同|相关';
const ROLE_NOUNS = '单位|部门|科室|处室|股室|机构';
// "责任科室(单位):": the noun may carry its alternative in brackets (a bureau's offices and its own units).
const ROLE_ALT = `(?:\\((?:${ROLE_NOUNS})\\))?`;
const ROLE_LABEL = new RegExp(`((?:${ROLE_WORDS})+)(${ROLE_NOUNS})${ROLE_ALT}\\s*[:]`, 'g');
/** A line that is only a units label and its list ("责任单位：A、B", "牵头科室：办公室"). Matching copy. */
export const UNITS_LINE = new RegExp(`^(?:${ROLE_WORDS})*(?:${ROLE_NOUNS})${ROLE_ALT}\\s*:`);
const LEAD_ROLE = /牵头|主责|主体/;
const SUPPORT_ROLE = /参与|配合|协办|协助|协作|协同|参加|支撑|共同/;
const DEADLINE_LABEL = /[;,]?\s*(完成时限|时限要求|完成时间|时间节点|时限)\s*[:]\s*([^;]+)$/;
// "（牵头单位：A；责任单位：B，6月底完成）": a deadline written last inside the note, without a label.
const DEADLINE_TAIL = /[;,]\s*((?:\d{4}年)?(?:\d{1,2}月(?:份|底|末|上旬|中旬|下旬)?|年底|年内|上半年|下半年)(?:前|以前)?(?:完成|启动|建成|落实)?|长期(?:坚持)?|持续推进|常态化推进)$/;
// "A、B分别牵头": each leads its own part — all are leads.
// "B、C按职责分工负责落实" / "各区政府组织落实" / "市民政局按职责组织配合": the verb may name how they carry it out.
// "各区有关部门结合实际落实": a manner before the verb (`DUTY_MANNER`) belongs to the verb, not to the list.
// "（各有关部门分别负责）": each answers for its own share, as 按职责分工负责 says — 分别 belongs to the verb.
const DIVISION = new RegExp(
  `(等)?${DUTY_MANNER}?(按照?职责(?:分工)?(?:牵头)?(?:负责)?(?:组织)?(?:落实|配合|负责)|分工负责|按职责负责|(?:负责)?配合落实|负责落实|具体负责|共同负责|分别(?:负责|落实)|分别牵头|牵头负责|组织落实|组织配合|负责|指导|督导|组织实施|抓好落实|落实)$`,
);

function parseLabelled(text: string, m: string): { lead: string[]; support: string[]; notation: ResponsibilityNotation; glued: number } | null {
  const hits = [...m.matchAll(ROLE_LABEL)];
  if (hits.length === 0) return null;
  const lead: string[] = [];
  const support: string[] = [];
  let glued = 0;
  let clauses: ResponsibilityNotation | null = null;
  hits.forEach((h, i) => {
    const from = h.index + h[0].length;
    const to = i + 1 < hits.length ? hits[i + 1]!.index : m.length;
    let segM = m.slice(from, to).replace(/[;:,。.\s]+$/, '');
    const role = h[1]!;
    // "(责任单位:A牵头,B等有关部门参加,C落实)": one label of no role of its own over clauses that give the
    // roles: read as the unlabelled notation.
    if (hits.length === 1 && !LEAD_ROLE.test(role) && !SUPPORT_ROLE.test(role) && /.牵头|会同|.(参加|参与|配合|协助|协办)(,|$)/.test(segM)) {
      const inner = parseInner(text.slice(from, from + segM.length), segM);
      if (inner) {
        lead.push(...inner.lead);
        support.push(...inner.support);
        glued += inner.glued;
        clauses = inner.notation;
        return;
      }
    }
    const div = DIVISION.exec(segM);
    if (div) segM = segM.slice(0, div.index);
    const r = splitUnits(text.slice(from, from + segM.length), segM);
    glued += r.glued;
    // 责任单位 alone (no 牵头) names the units that carry the task: they are its leads.
    const isLead = LEAD_ROLE.test(role) || (!SUPPORT_ROLE.test(role) && !hits.some((x) => LEAD_ROLE.test(x[1]!)));
    (isLead ? lead : support).push(...r.units);
  });
  const notation: ResponsibilityNotation = clauses ?? (hits.some((x) => LEAD_ROLE.test(x[1]!)) ? 'lead-and-responsible' : 'division');
  return { lead, support, notation, glued };
}

// Clauses of a note part at , and ; — and at a 、 after a clause's verb ("A、B按职责分工负责落实、各区政府组织落实").
const CLAUSE_BREAK = /[,;]|(?<=(?:负责|落实|配合|参与|参加))、/;

type Inner = { lead: string[]; support: string[]; notation: ResponsibilityNotation; glued: number };

export function parseInner(text: string, m: string): Inner | null {
  const one = parseClause(text, m);
  if (one || !CLAUSE_BREAK.test(m)) return one;
  // "（科技部、中国科协按职责分工负责，地方各级人民政府落实）": clauses, each a list with its verb. Every
  // clause must read as units; the groups are kept together (leads with leads, others with others).
  const out: Inner = { lead: [], support: [], notation: 'division', glued: 0 };
  let from = 0;
  for (const part of m.split(CLAUSE_BREAK)) {
    const r = part.trim() ? parseClause(text.slice(from, from + part.length), part) : null;
    from += part.length + 1;
    if (!part.trim()) continue;
    if (!r) return null;
    for (const u of r.lead) if (!out.lead.includes(u)) out.lead.push(u);
    for (const u of r.support) if (!out.support.includes(u)) out.support.push(u);
    if (r.notation !== 'division') out.notation = r.notation;
    out.glued += r.glued;
  }
  return out.lead.length + out.support.length > 0 ? out : null;
}

function parseClause(text: string, m: string): Inner | null {
  const labelled = parseLabelled(text, m);
  if (labelled) return labelled;
  // "X会同有关部门负责": X leads, the others take part.
  const with_ = /^(.+?)会同(.+?)(负责|落实|实施|推进)?$/.exec(m);
  if (with_ && looksLikeUnitList(with_[1]!)) {
    const lead = splitUnits(text.slice(0, with_[1]!.length), with_[1]!);
    const from = with_[1]!.length + 2;
    const support = splitUnits(text.slice(from, from + with_[2]!.length), with_[2]!);
    return { lead: lead.units, support: support.units, notation: 'lead-and-participate', glued: lead.glued + support.glued };
  }
  // "A牵头，B等参与，C负责落实": a clause after the others' verb names more units (those who carry it out).
  // Nanjing's districts write the same shares as "（A主办，B协办）": 主办 is 牵头 in their notation.
  const lp = /^(.+?)(?:牵头|主办)(?:负责|落实|实施)?[,、;]?\s*(.*?)(?:(参加|参与|配合|协助|协办)(?:,(.+))?)?$/.exec(m);
  if (lp && looksLikeUnitList(lp[1]!)) {
    const lead = splitUnits(text.slice(0, lp[1]!.length), lp[1]!);
    const supFrom = m.indexOf(lp[2]!, lp[1]!.length + 2);
    // "A牵头，B、C按职责分工负责": the others' part is a division list.
    const supM = lp[2] ? lp[2].slice(0, DIVISION.exec(lp[2])?.index ?? lp[2].length) : '';
    // "A牵头推进" / "A牵头卖力" (a copy's synonym for 负责): words after 牵头 with no verb of taking part and
    // no division verb are the lead's own verb, not other units, unless they read as unit names.
    const others = supM && (lp[3] || DIVISION.test(lp[2]!) || looksLikeUnitList(supM));
    const support = others ? splitUnits(text.slice(supFrom, supFrom + supM.length), supM) : { units: [], glued: 0 };
    const restFrom = m.length - (lp[4]?.length ?? 0);
    const rest = lp[4] ? parseClause(text.slice(restFrom), lp[4]) : null;
    for (const u of rest ? [...rest.lead, ...rest.support] : []) if (!support.units.includes(u)) support.units.push(u);
    return { lead: lead.units, support: support.units, notation: 'lead-and-participate', glued: lead.glued + support.glued + (rest?.glued ?? 0) };
  }
  const div = DIVISION.exec(m);
  const listM = div ? m.slice(0, div.index) : m;
  // "A、B等按职责分工负责，各镇组织实施": a list before the last verb that closes a clause of its own at a , or ;
  // is two clauses, each with its own verb (the split reads them; as one list the first verb's 等 stuck to a name).
  if (listM.split(/[,;]/).slice(0, -1).some((c) => DIVISION.test(c.trim()))) return null;
  // "…落实" ends many a phrase ("按要求落实"): with it, what comes before must read as unit names.
  if ((!div || /落实$/.test(div[0]) && !/负责落实$/.test(div[0])) && !looksLikeUnitList(listM)) return null;
  const r = splitUnits(text.slice(0, listM.length), listM);
  // A "unit" holding a verb ("全国妇联按职责分工负责") means the list is several clauses: read them one by one.
  if (r.units.length === 0 || r.units.some((u) => /(负责|落实|牵头|配合|参与)/.test(fold(u)))) return null;
  return { lead: r.units, support: [], notation: 'division', glued: r.glued };
}

function looksLikeUnitList(m: string): boolean {
  // "各县(市、区)政府": a 、 inside brackets is part of one name (as `splitUnits` reads it).
  const parts = m.replace(/\([^()]*\)/g, '').split(/[、,;]/).map((p) => withoutDutyVerb(p.trim())).filter(Boolean);
  return parts.length > 0 && parts.every((p) => looksLikeUnit(p) || p.length <= 30 && /(单位|部门|政府|管委会)$/.test(p));
}

/** The index of the "(" matching the ")" at `close`, or -1. */
function openingParen(m: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (m[i] === ')') depth++;
    else if (m[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** The start of the last sentence before `end` (after 。 ; or the start). */
function sentenceStart(m: string, end: number): number {
  const cut = Math.max(m.lastIndexOf('。', end - 1), m.lastIndexOf(';', end - 1));
  return cut + 1;
}

/** A document's standing, closing its title in brackets: "（试行）", "（暂行）", "（征求意见稿）". */
const STANDING = /^(试行|暂行|草案|修订|修订稿|征求意见稿|送审稿|讨论稿|代拟稿)$/;

/**
 * Where the annotation ending at `end` opens (`open`, its bracket or the character before its sentence), where the
 * measure's own text stops (`keep`) and where the annotation's inside ends (`innerEnd`); null when the text ends
 * in no annotation. A lost bracket is a repair, reported.
 */
function annotationSpan(m: string, end: number, repairs: string[]): { open: number; keep: number; innerEnd: number } | null {
  if (m[end - 1] === ')') {
    const open = openingParen(m, end - 1);
    if (open >= 0) return { open, keep: open, innerEnd: end - 1 };
    repairs.push('责任单位注释缺少左括号');
    const start = sentenceStart(m, end - 1) - 1;
    return { open: start, keep: start + 1, innerEnd: end - 1 };
  }
  const start = sentenceStart(m, end);
  // "…(A、B按职责分工负责" lost both brackets; "…协作能力。县生态环境局牵头,各相关部门参与。": the last sentence is
  // the note, its brackets lost.
  const division = DIVISION.test(m.slice(0, end)) && /职责分工负责$/.test(m.slice(0, end));
  if (!division && !(start > 0 && BARE_LEAD_NOTE.test(m.slice(start, end)))) return null;
  repairs.push('责任单位注释缺少括号');
  return { open: start - 1, keep: start, innerEnd: end };
}

/**
 * Find and parse the annotation at the end of `text` in any notation: "(A、B按职责分工负责)",
 * "(牵头部门:A;责任部门:B、C)", "(A牵头,B参加)", "(责任单位:…)", a bare unit list "(A、B)", with or
 * without the trailing 。, with a missing "(" or no parentheses at all. `m` is the matching copy.
 */
export function extractResponsibility(text: string, m0: string): Responsibility | null {
  // 〔〕, [] and 【】 enclose annotations too ("〔责任单位：…〕", "[牵头单位：…；责任单位：…]"); same length, so
  // indexes still match `text`. What they enclose must still read as units.
  const m = m0.replace(/[〔[【]/g, '(').replace(/[〕\]】]/g, ')');
  let end = m.length;
  // A trailing □ marks a character lost in a garbled copy (mostly the closing 。).
  while (end > 0 && /[。.\s□]/.test(m[end - 1]!)) end--;
  const repairs: string[] = [];
  const span = annotationSpan(m, end, repairs);
  if (!span) return null;
  const { open, keep, innerEnd } = span;
  const rawM = m.slice(open + 1, innerEnd).trim();
  // "…评估标准（试行）" (a title repeated over its table): a document's standing in brackets, not a bank (…行).
  if (STANDING.test(rawM)) return null;
  // "…各片区管理局、各乡镇人民政府（街道办事处）": the streets' offices, which stand where a town's government would,
  // named in brackets after it: part of that name, not a note on the task (a task list's units cell ends so).
  if (/^(街道办事处|街道|办事处)$/.test(rawM) && /[乡镇](人民)?政府$/.test(m.slice(0, open))) return null;
  const innerStart = m.indexOf(rawM, open + 1);
  const ruled = takeStandingRules(text.slice(innerStart, innerStart + rawM.length), rawM);
  const innerM = ruled.m;
  const innerText = ruled.text;
  const dl = DEADLINE_LABEL.exec(innerM);
  const tail = dl ? null : DEADLINE_TAIL.exec(innerM);
  const unitsM = dl ? innerM.slice(0, dl.index) : tail ? innerM.slice(0, tail.index) : innerM;
  const parsed = parseInner(innerText.slice(0, unitsM.length), unitsM);
  if (!parsed) return null;
  if (parsed.glued) repairs.push(`单位名称之间缺少顿号（已拆分 ${parsed.glued} 处）`);
  const before = text.slice(0, Math.max(keep, 0)).replace(/\s+$/, '');
  return {
    text: before,
    leadUnits: parsed.lead,
    supportUnits: parsed.support.filter((u) => !parsed.lead.includes(u)),
    deadline: dl ? innerText.slice(dl.index + dl[0].length - dl[2]!.length).trim() : tail ? innerText.slice(tail.index + tail[0].length - tail[1]!.length).trim() : null,
    notation: parsed.notation,
    repairs,
    rules: ruled.rules,
  };
}

/**
 * A class of bodies with no name: "单位", "部门", "科室" — what a bracket after a noun calls it too; and a
 * group of people with no name ("家庭医生（团队）": the doctor, or the doctor's team), never an office.
 */
const GENERIC_CLASS = /^(单位|部门|科室|处室|站所|单位和部门|部门和单位|团队|队伍|小组)$/;

/**
 * Annotations inside a measure, before its last one: "…建设任务（A负责）；…考核（B牵头，C参与）。" —
 * each sub-task has its own units and every group is kept. Only an inside that reads as units in a
 * known notation or as a list of names counts ("（以下简称…）" does not). The text is left as written.
 */
export function innerUnitGroups(text: string, m0: string): Array<{ lead: string[]; support: string[] }> {
  const m = m0.replace(/[〔[【]/g, '(').replace(/[〕\]】]/g, ')');
  const out: Array<{ lead: string[]; support: string[] }> = [];
  for (const g of m.matchAll(/\(([^()]{2,120})\)/g)) {
    const inner = g[1]!;
    const next = m[g.index + g[0].length] ?? '';
    // "…货运枢纽机场建设。(A牵头,B配合)组织运营好…": a note after a sentence's stop closes that sentence
    // though the next one follows without a break.
    const afterStop = /[。;]/.test(m[g.index - 1] ?? '');
    // "…场景应用(区市场局、区行政服务中心)。优化…(区市场局、区大数据中心)。": a bare list of names closing a
    // sentence is that sentence's units, as at the measure's end.
    // "建立“接触广州”人才联络站(海外人才工作站),逐步形成…": a bare name the sentence goes on after (a comma)
    // is the other name of the thing before it, not that sentence's units.
    const closes = /[;。]/.test(next) || afterStop;
    // "支持发展甩挂运输(A牵头,B配合)、共同配送(C牵头,D配合)等模式": a note in a known notation (a verb of
    // duty or a label) names units wherever it stands — after the mode, the clause or the sentence it covers.
    const verb = /(牵头|主办|负责|参与|配合|单位|部门\s*:|科室\s*:|处室\s*:|指导|会同)/.test(inner);
    const known = verb || (closes && looksLikeUnitList(inner));
    // "（含充装单位）" / "（包括…）": a note of what a thing includes, not who does it. "对各处室（单位）落实…情况
    // 进行检查": a bare class word in brackets after a noun is that noun's other name (offices, or bodies), no unit.
    if (GENERIC_CLASS.test(inner.trim())) continue;
    if (!known || /简称|以下|详见|见附件/.test(inner) || /^\s*(含|包括|包含|不含|不包括)/.test(inner)) continue;
    const from = g.index + 1;
    const ruled = takeStandingRules(text.slice(from, from + inner.length), inner);
    const parsed = parseInner(ruled.text, ruled.m);
    if (parsed && parsed.lead.length + parsed.support.length > 0) out.push({ lead: parsed.lead, support: parsed.support });
  }
  return out;
}
