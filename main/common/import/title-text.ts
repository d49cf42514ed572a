import { makeLine } from './line';
import { looksLikeUnit } from './unit-names';

// Title text helpers shared by the head readers (front-matter.ts, notice-title-over-text.ts).

// 国务院 and 海关总署 sign too (院, 署).
// "中华人民共和国上海海关": a customs house signs a joint notice with the city's bureaus.
// "闵行区古美路街道办事处": a street office (街道办事处, the district's agency) signs its own notices.
// "某县供销合作社联合社" and "某银保监局某监管组" co-sign an area's joint notices with its bureaus: the 供销社 is an
// organ of its own, and a 监管组 is the regulator's office there.
export const SIGNATURE = /(人民政府|办公厅|办公室|委员会|领导小组|管委会|联席会议办公室|街道办事处|局|厅|委|部|院|署|中心|政府|海关|合作社联合社|监管组)$/;

// "…目标任务落实责任分解表", "…任务一览表": a table handed over as the plan ends its title too. "…校外实习、实训
// 申请流程", "…操作规程": a procedure an office issues as a document of its own. "《政府工作报告》重点工作任务分工":
// a government hands the division of its report's tasks over as a document too, named so.
export const TITLE_END = /(通知|方案|预案|计划|要点|意见|办法|规则|规定|细则|纲要|规划|决定|报告|批复|函|措施|举措|清单|指南|流程|规程|责任分解|任务分解|(任务|责任|部门)分工|(分解|一览|任务|清单|责任|进度)表)(\([^)]{1,8}\))?》?$/;

/** The title inside 《》 (〈〉 inside it become 《》). */
export function quoted(m: string): string | null {
  const q = /《(.+)》/.exec(m);
  return q ? q[1]!.replace(/〈/g, '《').replace(/〉/g, '》') : null;
}

/** What follows a 《》 that stands inside a longer name: more name, not a verb, a link word or punctuation. */
const INSIDE_NAME = /^\s*(?!已|业|经|于|由|在|自|获|通过|印发|予以|现|转发|下发|下达|等|和|及|与|的|请|并|作为|为)[\u4e00-\u9fff]/;

/**
 * The plan the sentence handing it over names. It may quote other documents first ("为贯彻落实《…意见》(国发
 * 〔2022〕18号)和《…通知》…，现将《X》(以下简称《方案》)印发给你们"): X is the 《》 the hand-over verb or
 * 已经/经 follows, not the span from the first 《 to the last 》, nor the short name after 以下简称.
 */
export function handedOver(m0: string): string | null {
  const m = withOpeningQuote(m0);
  const quotes: Array<{ inner: string; end: number; start: number }> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < m.length; i++) {
    if (m[i] === '《' && depth++ === 0) start = i;
    else if (m[i] === '》' && depth > 0 && --depth === 0) quotes.push({ inner: m.slice(start + 1, i), end: i + 1, start });
  }
  const after = (q: { end: number }) => m.slice(q.end, q.end + 24).replace(/^\s*\([^()]*(\([^()]*\))?[^()]*\)/, '');
  // "根据市政府办公厅《关于印发…的通知》(渝府办发〔2024〕17号)精神": a document cited as the ground, not handed over;
  // so is one whose "…的工作部署" / "…的有关要求" follows it.
  const cited = (q: { end: number }) => /^\s*(文件|的)?(有关|工作)?(精神|要求|部署|规定)/.test(after(q));
  const own = quotes.filter((q) => !/简称\s*$/.test(m.slice(Math.max(0, q.start - 6), q.start)) && !cited(q));
  if (own.length === 0) return null;
  // "现将2023年《政府工作报告》重点任务分解落实方案印发给你们": a 《》 the name goes on after quotes a report
  // inside the plan's name; the plan is not named whole.
  if (own.length === 1) return INSIDE_NAME.test(m.slice(own[0]!.end)) ? null : own[0]!.inner.replace(/〈/g, '《').replace(/〉/g, '》');
  const verb = /^\s*(已经|已报经|业经|经|印发|予以印发|现予印发|现印发)/;
  // "…研究制定了《X》，经局领导同意，现印发给你们": the verb may follow the 》 after a comma, when no 现将《…》
  // names another plan later ("《A》(…)，经市政府同意，现将《X》印发给你们" hands X over).
  const pick = own.find((q) => verb.test(after(q)))
    ?? own.find((q) => /现将\s*$/.test(m.slice(Math.max(0, q.start - 4), q.start)))
    ?? own.find((q) => verb.test(after(q).replace(/^\s*[,，]/, '')));
  // "《A方案》、《B方案》和《C方案》等三个方案已经…印发给你们": several plans handed over together name no one
  // plan; the span from the first 《 to the last 》 is no title.
  return pick ? pick.inner.replace(/〈/g, '《').replace(/〉/g, '》') : null;
}

/** Two titles that differ only in spaces, quotes and brackets. */
export function same(a: string, b: string): boolean {
  const k = (s: string) => s.replace(/[\s《》〈〉()（）“”"]/g, '');
  return k(a) === k(b);
}

/**
 * A page heading and the document's own title line under it that differ only in how the period's dash is typed
 * ("(2022-2024年)" over "(2022—2024年)"): a site's editor types the heading with a hyphen, the document keeps its
 * typeset dash. They are one title, and the document's own writing is the one to keep.
 */
export function sameButDashes(a: string, b: string): boolean {
  const k = (s: string) => key(s).replace(/[-－—–―~～]+/g, '-');
  return !same(a, b) && k(a) === k(b);
}

/** A title's comparison key: no spaces, quotes or brackets. */
export function key(s: string): string {
  return s.replace(/[\s《》〈〉()（）“”"]/g, '');
}

/** A higher place's name written before a 发文机关's own ("上海市" before "奉贤区人民政府办公室"). */
const PLACE = /^[\u4e00-\u9fff]{1,8}(省|市|自治区|自治州|州|盟|地区)$/;

/**
 * The words in front of `t` in `x` name an organ ("天津市滨海新区人民政府印发"), not a site's column ("纪录小康工程");
 * or they are the place the organ `t` opens with belongs to ("上海市" + "奉贤区人民政府办公室关于…"): its full name.
 */
export function organPrefix(x: string, t: string): boolean {
  const kx = makeLine(key(x)).m;
  const kt = makeLine(key(t)).m;
  // "凌海市人民政府办公室关于印发" + "凌海市推进…的通知" (a page heading that kept only the plan's name): both words go.
  const head = kx.slice(0, kx.length - kt.length).replace(/(关于)?(印发|转发|下达|下发)?$/, '');
  const organ = /^(.{2,30}?)(关于|印发|转发)/.exec(kt)?.[1];
  return looksLikeUnit(head) || SIGNATURE.test(head) || (PLACE.test(head) && !!organ && SIGNATURE.test(organ));
}

/** Of a page heading and the same title written with its 发文机关 in front, the fuller; a column name in front is dropped. */
export function fuller(titles: readonly string[], t: string): string {
  const ends = (x: string, y: string) => key(x).length > key(y).length && key(x).endsWith(key(y));
  const shorter = titles.find((y) => ends(t, y) && !organPrefix(t, y));
  if (shorter) return shorter;
  return titles.find((x) => ends(x, t) && organPrefix(x, t)) ?? t;
}

/** The plan a notice title hands over: its 《》, or X in "…印发X的通知" written without 《》. */
export function namedPlan(noticeTitle: string): string | null {
  const m = makeLine(noticeTitle).m;
  // Only a 《》 right after the verb names the plan: "印发2024年市《政府工作报告》目标…方案的通知" quotes a report.
  const q = /(印发|转发|下发|下达|颁发)\s*《(.+)》\s*的?通知$/.exec(m);
  if (q) return q[2]!.replace(/〈/g, '《').replace(/〉/g, '》');
  // "转发区环保局关于《X》的通知": a forwarded document is named after the organ that wrote it.
  const fw = /(转发|印发)([^《》]{2,20}?)(关于|制定的|拟定的|起草的|编制的|的)?《(.+)》\s*的?通知$/.exec(m);
  if (fw && looksLikeUnit(fw[2]!)) return fw[4]!.replace(/〈/g, '《').replace(/〉/g, '》');
  const at = /(印发|转发|下发|下达|颁发)(.{4,}?)的通知$/.exec(m);
  return at && TITLE_END.test(at[2]!) ? noticeTitle.slice(at.index + at[1]!.length, at.index + at[1]!.length + at[2]!.length) : null;
}

/**
 * "2025年区〈政府工作报告〉确定的…方案》已经区人民政府同意，现印发给你们": a hand-over sentence opening with the
 * plan's name (as a 印发 notice's text does right under its 主送) whose opening 《 a copy lost; it is given back.
 * Only a name with no sentence mark in it, closed by 》 and followed by 已经/经/现印发, is one.
 */
export function withOpeningQuote(m: string): string {
  return /^\s*[^《》。，,;；:：!！?？]{4,80}》\s*(已经|已报经|业经|经|现予印发|现印发)/.test(m) ? `《${m.trimStart()}` : m;
}

/** The sentence that hands a named plan over ("现将《…》印发给你们"). */
export const HANDS_OVER = /《.+》.*((印发|转发|下发)给?你们|现予印发|现印发)/;
