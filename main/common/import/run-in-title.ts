/**
 * The run-in title of a measure: "1.扎实推进示范城市创建工作。按照创建方案……" → lead "扎实推进示范城市创建工作。".
 * Some texts drop the 。 ("2.健全质量发展工作机制建立健全…"); then the title ends where a typical
 * title ending meets a typical sentence opening, and the split is reported as a guess.
 */
const TITLE_END = [
  '工作', '机制', '措施', '建设', '秩序', '责任', '监管', '活动', '创新', '分析', '考核', '共治', '工程', '体系',
  '水平', '能力', '管理', '品牌', '服务', '改革', '环境', '制度', '行动', '保障', '攻关', '作用', '宣传', '培训',
  '队伍', '合作', '升级', '治理', '规划', '战略', '平台', '标准',
];
const BODY_START = [
  '建立', '制定', '完善', '以', '认真', '按照', '牢固', '加大', '探索', '发挥', '突出', '精心', '进一步', '加强',
  '加快', '深入', '全面', '积极', '推进', '推动', '开展', '实施', '围绕', '根据', '依托', '结合', '坚持', '强化',
  '鼓励', '引导', '督促', '组织', '严格', '落实', '健全', '大力', '着力', '充分', '贯彻', '立足', '针对', '通过',
];
const TITLE_PUNCT = /[,，;；:：“”"《》()（）]/;

export interface RunInTitle {
  lead: string | null;
  body: string;
  /** True when the title had no 。 and was split by the heuristic. */
  guessed: boolean;
}

/** `m` is the matching copy of `text` (same length). `bold`: a .docx bold run at the start, if any. */
export function splitRunInTitle(text: string, m: string, bold?: string): RunInTitle {
  if (bold && text.startsWith(bold) && bold.length < text.length) {
    return { lead: bold, body: text.slice(bold.length), guessed: false };
  }
  const stop = m.search(/[。.](?!\d)/);
  const sentence = stop >= 1 && stop <= 40 && !TITLE_PUNCT.test(m.slice(0, stop));
  // A long first "sentence" may be a title without its 。 run into the first sentence of the body.
  const limit = sentence ? (stop > 18 ? stop - 6 : 0) : Math.min(30, m.length - 10);
  const guess = findSplit(m, limit);
  if (guess > 0) return { lead: text.slice(0, guess), body: text.slice(guess), guessed: true };
  // A title needs a body after it; a one-sentence item is all body, unless it is a bare short title ("主要目标").
  const whole = m.replace(/\s+$/, '');
  if (sentence && stop < whole.length - 1) return { lead: text.slice(0, stop + 1), body: text.slice(stop + 1), guessed: false };
  if (whole.length <= 15 && !/[,;:、。]/.test(whole.slice(0, -1))) return { lead: text, body: '', guessed: false };
  return { lead: null, body: text, guessed: false };
}

function findSplit(m: string, limit: number): number {
  for (let p = 4; p <= limit; p++) {
    const head = m.slice(0, p);
    if (TITLE_PUNCT.test(head) || /[。、]/.test(head)) break;
    if (TITLE_END.some((w) => head.endsWith(w)) && BODY_START.some((w) => m.startsWith(w, p))) return p;
  }
  return -1;
}
