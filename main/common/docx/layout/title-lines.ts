import { charEm } from './char-width';
import { GBT9704_STYLE } from '../gbt9704-style';

/**
 * Where a 公文 title breaks into lines (梯形, GB/T 9704 7.3.1): pure, so the export (title-block.ts) and
 * the page (annex-view.tsx) break a title at the same places.
 */

const NO_LINE_START = /^[，。、；：？！）》」』】〕”’]/;

// Two-character words of plan titles that a line break must not split (no dictionary in main/common).
const WORDS = ['行动', '方案', '计划', '工作', '质量', '实施', '推进', '提升', '开展', '印发', '通知', '关于', '人民', '政府', '分解', '任务', '办法', '意见', '要点', '建设', '发展', '标准', '品牌', '年度',
  '创建', '示范', '加快', '加强', '全面', '深化', '改革', '促进', '高质', '优化', '营商', '环境', '产业', '经济', '乡村', '振兴', '安全', '生产', '城市', '社会', '服务', '管理', '治理', '专项', '整治', '三年', '攻坚', '县域', '监督', '检查', '规划', '纲要', '制度', '机制', '体系', '强化', '试点', '行业', '企业', '科技', '创新', '数字', '生态', '文明', '农业', '农村'];

// Terms of several characters kept on one line: "质量 / 强市" and "创 / 建" read as broken words (issue #12).
const TERMS = /质量强[省市县区旗镇国]|[省市县区旗]级|高质量|示范[区县市点]|创建|全域|一体化|现代化|标准化|信息化|数字化|营商环境|乡村振兴|[一二三四五六七八九十]+年|(?:行动|实施|工作)(?:方案|计划)|实施(?:意见|办法|细则)|工作要点|分解表/g;

/** Character offsets strictly inside a kept term (a break there splits it). */
function insideTerms(text: string): Set<number> {
  const inside = new Set<number>();
  const chars = [...text];
  const joined = chars.join('');
  for (const m of joined.matchAll(TERMS)) {
    const start = [...joined.slice(0, m.index)].length;
    for (let k = 1; k < [...m[0]].length; k++) inside.add(start + k);
  }
  return inside;
}

/** Where a title line may end well: before 《 or 关于…, after 》 or 、, before 的通知/实施方案 (words kept whole). */
function breakPenalty(chars: string[], at: number, names: readonly string[]): number {
  const before = chars.slice(Math.max(0, at - 2), at).join('');
  const after = chars.slice(at, at + 4).join('');
  const text = chars.join('');
  if (NO_LINE_START.test(after) || /[0-9A-Za-z《（“]$/.test(before) || /^[0-9A-Za-z]/.test(after) && /[0-9A-Za-z]$/.test(before)) return 100;
  if (WORDS.includes(`${chars[at - 1]}${chars[at]}`) || insideTerms(text).has(at)) return 100;
  for (const name of names) {
    for (let k = text.indexOf(name); k >= 0 && name; k = text.indexOf(name, k + 1)) {
      if (at > k && at < k + name.length) return 100; // inside a place or issuer name
      if (at === k + name.length) return 0;
    }
  }
  if (after.startsWith('《') || before.endsWith('》') || before.endsWith('、') || before.endsWith('关于')) return 0;
  if (/^(的通知|的意见|的决定|实施方案|行动计划|工作方案|工作要点|任务分解|工作任务)/.test(after)) return 0.5;
  if (/^(关于|开展|推进|加快|实施|印发)/.test(after)) return 1;
  return 2.5;
}

/**
 * Break a title into balanced lines, longer first (梯形, [Std 7.3.1]), preferring breaks that keep words
 * whole (before 《, after 》, before 的通知 …) and never starting a line with closing punctuation.
 * A line break the user typed in the title is kept as it is: only a line still too long is broken.
 */
export function titleLines(title: string, perLine: number, names: readonly string[] = []): string[] {
  const manual = title.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (manual.length > 1) return manual.flatMap((line) => balancedLines(line, perLine, names));
  return balancedLines(manual[0] ?? '', perLine, names);
}

function balancedLines(title: string, perLine: number, names: readonly string[]): string[] {
  const chars = [...title];
  const widths = chars.map(charEm);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= perLine) return [title];
  const n = Math.ceil(total / perLine);
  const out: string[] = [];
  let i = 0;
  for (let line = 0; line < n - 1; line++) {
    const rest = widths.slice(i).reduce((a, b) => a + b, 0);
    const target = rest / (n - line);
    let best = -1;
    let bestScore = Infinity;
    let width = 0;
    for (let at = i + 1; at < chars.length; at++) {
      width += widths[at - 1]!;
      if (width > perLine) break;
      if (rest - width > perLine * (n - line - 1)) continue; // what is left must still fit
      // Lines should not get much shorter than the balanced width; a longer first line is fine (梯形).
      const score = Math.abs(width - target) * (width < target ? 1.5 : 1) + breakPenalty(chars, at, names) * 1.2;
      if (score < bestScore) [best, bestScore] = [at, score];
    }
    if (best < 0) break;
    out.push(chars.slice(i, best).join(''));
    i = best;
  }
  out.push(chars.slice(i).join(''));
  return out;
}

/** Characters of a title line at `sizeHalfPt` (2号 = 44) in `widthPt`, as the export fills it. */
export function titlePerLine(widthPt: number, sizeHalfPt: number): number {
  // One 字 of slack: LibreOffice wrapped a title of exactly 20 字 at 2号 (measured).
  return Math.floor(widthPt / (sizeHalfPt / 2)) - 1;
}

/** A title's lines as exported at 2号 on a portrait page (版心 156 mm): what the page shows too. */
export function exportTitleLines(title: string, names: readonly string[] = []): string[] {
  return titleLines(title, titlePerLine(GBT9704_STYLE.page.textWidth / 20, GBT9704_STYLE.sizes.title), names);
}
