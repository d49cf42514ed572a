import { isLevelPrefix } from './level-prefix';
import { joinsPlaceLevels } from './place-levels';

/** Unit (department) names inside a responsibility annotation. Works on the matching copy `m`. */
// A bureau's own offices and institutions too: "文化宣传股", "文化馆", "图书馆". A grain reserve depot
// ("中储粮株洲直属库", "县粮食储备库") is named among the units of every 粮食安全 plan: the state's depots hold
// the reserves the plan's tasks are about, so their names end in 库, not in an office word.
// State-owned enterprises are given tasks by the government that owns them, named by that level ("区属国企",
// "市属国有企业", "各区属国企"): a city or district plan on land, housing or renewal lists them beside its bureaus.
const UNIT_SUFFIX = /(局|委|厅|办|部|会|府|院|所|室|处|行|司|关|中心|组|队|站|社|股|馆|公司|单位|部门|政府|办公室|支行|分公司|分局|海关|直属库|储备库|粮库|属国企|属国有企业)$/;
// "区局法规科", "特种设备安全监察科": a bureau's divisions (科) are named as its 处 are. Not a field of study or a
// hospital's department standing for a kind of care ("学科", "本科", "专科", "理工科"): those are short and generic.
const DIVISION_KE = /[\u4e00-\u9fff]{2,}(?<![学本专工理文医预])科$/;
const SEPARATORS = /[、,;/]/;
const TRAILING_ETC = /(等有关部门|等相关部门|等有关单位|等相关单位|等部门|等单位|等)$/;

/**
 * "A、B等有关部门": 等 says others share the work, so the list stays open — the words after 等 are kept as
 * a unit ("有关部门"; "等部门" → "有关部门"). Dropping them would narrow who is responsible. A bare 等
 * names no one and adds nothing.
 */
function etcUnit(etc: string): string | null {
  const rest = etc.slice(1);
  if (!rest) return null;
  return /^(有关|相关)/.test(rest) ? rest : `有关${rest}`;
}

// "各镇街", "各乡镇", "各县区", "各镇(街道)": every place of a class, i.e. their governments, is a unit; so are
// the places of a class a task concerns ("相关区市县", "有关乡镇"), also narrowed by a two-character qualifier
// naming which of them ("相关沿海街镇", "各涉农街镇", "有关沿江乡镇": a coastal district's 行动方案 so names them).
const PLACE_CLASS = /^(各|相关|有关)([\u4e00-\u9fff]{2})?(乡镇|镇街|镇|乡|街道|街|县市区|县区|县|区|市|园区|开发区|社区|村)+(\((乡镇|镇|街道|街|区|市|县)\))?$/;

const TRAILING_ALIAS = /(?<=.{2})\([^()、,]{2,16}(局|委|办|厅|中心|办公室)\)$/;

export function looksLikeUnit(m: string): boolean {
  if (PLACE_CLASS.test(m.replace(TRAILING_ETC, ''))) return true;
  // "各县(市、区)人民政府": a bracketed part inside a name is not checked. "省发改委(省能源局)": a closing
  // bracket naming the same office's other name (挂牌) is part of the name.
  const s = m.replace(/\([^()]{1,20}\)(?=.)/g, '').replace(TRAILING_ALIAS, '').replace(TRAILING_ETC, '');
  return s.length >= 2 && s.length <= 40 && (UNIT_SUFFIX.test(s) || DIVISION_KE.test(s)) && !/[。,;:()《》\d]/.test(s);
}

/**
 * "市工商局市质监局" lacks its 、: split where a unit ending (局 委 办 厅, or a service 中心: "市政务服务中心市司法局")
 * meets a level prefix (市 县 省 旗 区) and a unit-like name follows.
 */
function splitGlued(text: string, m: string): Array<[string, string]> {
  for (let i = 2; i < m.length - 2; i++) {
    const organEnd = '局委办厅'.includes(m[i - 1]!) || m.slice(i - 2, i) === '中心';
    if (organEnd && '市县省旗区'.includes(m[i]!) && looksLikeUnit(m.slice(i)) && looksLikeUnit(m.slice(0, i))) {
      return [[text.slice(0, i), m.slice(0, i)], ...splitGlued(text.slice(i), m.slice(i))];
    }
  }
  return [[text, m]];
}

/**
 * "县发改局 县财政局": a copy that lost its 、 (a web table cell, a line typed with spaces) keeps the
 * names apart with spaces; they separate only when every piece is a unit name of its own.
 */
function splitSpaced(text: string, m: string): Array<[string, string]> {
  const cuts = [...m.matchAll(/\s+/g)];
  if (cuts.length === 0) return [[text, m]];
  const pieces: Array<[string, string]> = [];
  let from = 0;
  for (const cut of [...cuts, { index: m.length, 0: '' }]) {
    const at = cut.index ?? m.length;
    pieces.push([text.slice(from, at), m.slice(from, at)]);
    from = at + cut[0].length;
  }
  if (pieces.every(([, x]) => looksLikeUnit(x))) return pieces;
  return wrappedNames(pieces) ?? [[text, m]];
}

/**
 * "区法院、检察 院 区市场监管局", "区公安局、行 政审批局": a PDF copied as one line keeps a space where it wrapped a
 * line, inside a name too. Pieces that are no name by themselves join the ones after them until they make one;
 * null when the last run makes none (the spaces then part no names).
 */
/** The head word an organ's name ends with (局, 院, 办, 中心, 集团 …). */
const ORGAN_END = /(局|院|委|办|组|会|部|处|科|室|所|站|队|行|中心|公司|集团|单位)$/;

function wrappedNames(pieces: ReadonlyArray<[string, string]>): Array<[string, string]> | null {
  const out: Array<[string, string]> = [];
  let run: [string, string] = ['', ''];
  for (const [t, x] of pieces) {
    run = [run[0] + t, run[1] + x];
    if (!looksLikeUnit(run[1]) || !ORGAN_END.test(run[1])) continue;
    out.push(run);
    run = ['', ''];
  }
  // "…农业农村局 区金控集团": a last piece opening with its level (区, 县 …) names a body of that place by itself.
  if (run[1] !== '' && out.length > 0 && /^[区县市省][\u4e00-\u9fff]{3,}$/.test(run[1]) && ORGAN_END.test(run[1])) out.push(run);
  else if (run[1] !== '') return null;
  return out.length > 0 ? out : null;
}

// "开放先导区", "开发区", "高新区": a class of zones, named without its 管委会, after a class of places.
const ZONE_CLASS = /^[\u4e00-\u9fff]{0,6}(开发区|先导区|新区|园区|高新区|试验区|示范区|保税区)$/;

/**
 * "城乡一体化示范区、高新区党工委和管委会": zones listed bare before the last one's organs share them (the organs
 * written once for the list): a zone is no body by itself, so the 、 joins, not separates.
 */
function sharesZoneOrgan(before: string, after: string): boolean {
  const left = before.trim();
  return ZONE_CLASS.test(left) && !looksLikeUnit(left)
    && /^[\u4e00-\u9fff]{0,8}(开发区|先导区|新区|园区|高新区|试验区|示范区|保税区)(党工委和管委会|党工委|管委会)$/.test(after.trim());
}

/**
 * "市级各有关部门及各县市区政府": 及/和/与 between two whole unit names separates them; so it does between a
 * class of places and a class of zones ("各区市县和开放先导区": the districts and the pilot zones).
 */
function splitJoined(text: string, m: string): Array<[string, string]> {
  const at = m.search(/[及和与]/);
  const left = m.slice(0, at);
  const right = m.slice(at + 1);
  // "各县(市、区)党委和人民政府", "高新区党工委和管委会": a place's party committee and its government named as a pair
  // answer together (党政同责), one body for the task, as in a 主送 ("各县区党委和人民政府").
  if (/(党委|党工委)$/.test(left) && /^(人民政府|政府|管委会|管理委员会|办事处)$/.test(right)) return [[text, m]];
  const joined = looksLikeUnit(left) && (looksLikeUnit(right) || PLACE_CLASS.test(left) && ZONE_CLASS.test(right));
  if (at > 1 && joined) return [[text.slice(0, at), left], [text.slice(at + 1), right]];
  return [[text, m]];
}

/**
 * "▲发改局,各部门,各镇乡(街道)", "★区发改委、统计局": a task list marks the unit that leads the task with a
 * triangle or a star before its name (the table's note says so); the mark is no part of the name.
 */
function withoutLeadMark(part: string, pm: string): [string, string] {
  const mark = /^[▲★☆△]\s*/.exec(pm);
  return mark ? [part.slice(mark[0].length), pm.slice(mark[0].length)] : [part, pm];
}

/**
 * "市直有关部门、单位", "区政府各部门、单位": one qualifier (市直有关, 区政府各) heads two kinds of body, the second
 * written as its bare head noun. A bare 单位 or 部门 names no one by itself, so it stays with the name before it,
 * as the 主送 keeps "…各部门、单位" whole (`recipients.ts`).
 */
function sharedQualifierHead(before: string, after: string): boolean {
  const head = /(部门|单位)$/.exec(before.trim());
  const bare = after.trim();
  return head !== null && (bare === '单位' || bare === '部门') && bare !== head[1];
}

/** "市发改委、市工信委、市质监局等" → three names (as written); `glued` counts repaired separators. */
export function splitUnits(text: string, m: string): { units: string[]; glued: number } {
  const units: string[] = [];
  let glued = 0;
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= m.length; i++) {
    // "各县(市、区)人民政府", "各区县政府(南太湖新区、长合区管委会)": a 、 inside brackets is part of one name.
    if (i < m.length && /[(〈<]/.test(m[i]!)) depth++;
    else if (i < m.length && /[)〉>]/.test(m[i]!)) depth = Math.max(0, depth - 1);
    if (i < m.length && (depth > 0 || !SEPARATORS.test(m[i]!))) continue;
    if (i < m.length && m[i] === '、' && isLevelPrefix(m.slice(start, i))) continue;
    if (i < m.length && m[i] === '、' && joinsPlaceLevels(m.slice(start, i), m.slice(i + 1).split(SEPARATORS)[0]!, looksLikeUnit)) continue;
    if (i < m.length && m[i] === '、' && sharedQualifierHead(m.slice(start, i), m.slice(i + 1).split(SEPARATORS)[0]!)) continue;
    if (i < m.length && m[i] === '、' && sharesZoneOrgan(m.slice(start, i), m.slice(i + 1).split(SEPARATORS)[0]!)) continue;
    const [part, pm] = withoutLeadMark(text.slice(start, i).trim(), m.slice(start, i).trim());
    start = i + 1;
    if (!part) continue;
    const etc = TRAILING_ETC.exec(pm);
    // "各镇乡(": a copy cut inside a name's bracket ("各镇乡(街道)") leaves it open; the name is what stands before it.
    // So does one cut inside a pinyin gloss a web page's ruby left ("區質監(ji" for 區質監(jiān)局).
    const cut = (etc ? etc[0].length : 0) || (/[(〈<][A-Za-z\u00C0-\u024F]*$/.exec(pm)?.[0].length ?? 0);
    const name = part.slice(0, part.length - cut).trim();
    const nameM = pm.slice(0, pm.length - cut).trim();
    if (!name) continue;
    const pieces = splitSpaced(name, nameM).flatMap(([t, x]) => splitJoined(t, x)).flatMap(([t, x]) => splitGlued(t, x));
    glued += pieces.length - 1;
    for (const [p] of pieces) if (!units.includes(p)) units.push(p);
    const others = etc ? etcUnit(etc[0]) : null;
    if (others && !units.includes(others)) units.push(others);
  }
  return { units, glued };
}
