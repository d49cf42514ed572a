import { splitUnits } from './unit-names';

/**
 * Clauses inside an annotation (or a line of their own) that set a rule for the measures after them:
 * "排在首位的为牵头单位，下同" (the first unit of each list leads), "具体任务均涉及相关市(州)人民政府，
 * 不再做分工，下同" (a unit that takes part in every later measure). They are not unit names.
 */
export interface StandingRules {
  firstLeads: boolean;
  /** Units added to every measure from here on. */
  later: string[];
}

// "列第一位的为工作牵头单位或汇总单位" (湖州): words may stand between 为 and 牵头.
// "首位单位为牵头单位，下同" (海盐): 首位 written without 排/列 before it.
// "排名第一的为牵头单位，下同" (株洲, 醴陵): a list's order is its ranking (排名), so 排名第一 is its first
// name; the province they follow writes "排名第一的为责任分工牵头单位", naming the division of duties.
const FIRST_LEADS = /(排名|排在?|列|居)(第一位|首位|第一|前面)的?(部门|单位|者)?(为|是)(工作|主要|责任分工)?牵头(部门|单位)?|第一(个|位)?(部门|单位)为牵头|首位的?(部门|单位)(为|是)(工作|主要)?牵头/;
// "以下政策措施均需…落实，不再单独列出" (淮安): any short subject between 以下 and 均.
const APPLIES_LATER = /下同|以下同|不再(一一|单独|分别|逐一)?列出|不再(做|作)?分工|以下[^,。;]{0,8}均/;
// "以下均需各片区配合落实": the verb may be two ("配合落实", "负责落实"); neither is part of the name.
// "以下各项工作均需要各单位负责": 需要 is one word (need), so its 要 is no part of the name either; the longer
// forms come first because the alternation takes the first that matches at a place.
const INVOLVES = /(涉及|均需要|均需|均由|需由|需要|需)(.{2,40}?)((?:负责|配合|参与|组织)?(?:负责|落实|参与|配合|实施|推进))?$/;
// "（牵头指导处室：A，B、C、D为实施单位，下同）": the units named as implementers in a 下同 note carry
// out this task and every later one, while the lead office changes from task to task.
const IMPLEMENTERS = /^(\s*)(.{2,60}?)(?:为|是|作为)(?:具体)?(?:实施|落实|责任|配合|参与)(?:单位|部门)$/;

export function hasStandingRule(m: string): boolean {
  return FIRST_LEADS.test(m) || APPLIES_LATER.test(m);
}

/**
 * Removes the rule clauses from an annotation's inside (`text`/`m` aligned) and returns what is left
 * (still aligned) and the rules. Clauses are cut at ， ； 。 (folded to , ; 。 in `m`).
 */
export function takeStandingRules(text: string, m: string): { text: string; m: string; rules: StandingRules | null } {
  if (!hasStandingRule(m)) return { text, m, rules: null };
  const rules: StandingRules = { firstLeads: false, later: [] };
  const drop = new Set<number>();
  const sentences = [...m.matchAll(/[^。;]+[。;]?/g)];
  for (const s of sentences) {
    const laterSentence = APPLIES_LATER.test(s[0]);
    // "以下均需区市场监管局落实，市局执法总队负责上海化学工业区内的…工作，不再单独列出": a sentence opened by
    // 以下 is a note about the measures after it, every clause of it; none names this measure's units.
    let noteOpened = false;
    for (const c of s[0].matchAll(/[^,。;]+[,。;]?/g)) {
      const start = s.index + c.index;
      const clause = c[0].replace(/[,。;]$/, '');
      let isRule = noteOpened;
      const inv = laterSentence ? INVOLVES.exec(clause) ?? IMPLEMENTERS.exec(clause) : null;
      if (FIRST_LEADS.test(clause)) {
        rules.firstLeads = true;
        isRule = true;
      } else if (!inv && APPLIES_LATER.test(clause)) isRule = true;
      else if (laterSentence) {
        if (inv) {
          const from = start + inv.index + inv[1]!.length;
          const units = splitUnits(text.slice(from, from + inv[2]!.length), inv[2]!).units;
          for (const u of units) if (!rules.later.includes(u)) rules.later.push(u);
          isRule = true;
        }
      }
      if (laterSentence && /^\s*以下/.test(clause)) noteOpened = true;
      if (isRule) for (let i = start; i < start + c[0].length; i++) drop.add(i);
    }
  }
  let t = '';
  let mm = '';
  for (let i = 0; i < m.length; i++) {
    if (drop.has(i)) continue;
    t += text[i];
    mm += m[i];
  }
  const trim = mm.length - mm.replace(/[,;。\s]+$/, '').length;
  return { text: t.slice(0, t.length - trim), m: mm.slice(0, mm.length - trim), rules };
}
