import { isNamedOffice, splitNamedOffices } from './named-organ-list';

/**
 * 主送 are separated by ，; a 、 joins the parts of one recipient ("各省、自治区、直辖市人民政府"). With no ，
 * written, 、 separates whole recipients ("各镇人民政府、沙坪街道办事处"); a part that is not one by itself
 * belongs to its neighbours: "各省、自治区、直辖市人民政府" is one, "区人民政府各部门、单位" is one.
 */
// The recipients every notice may name after its places: whole by themselves.
const GENERIC = /^(各?有关|相关)(部门|单位|部门和单位)$/;

/**
 * "各辖市、区财政局": a 各 part that names places only (no organ) and is followed by another place class
 * with the organ ("区财政局") shares that organ: one recipient, as "各市、县人民政府" is. Without the
 * organ after it ("各乡镇、各街道"), each part stands alone.
 */
function sharedPlaceHead(p: string, next: string | undefined): boolean {
  if (!next || /^各/.test(next)) return false;
  return /^各[^、]{0,3}(市|县|区|旗|乡|镇|州)$/.test(p) && /^(市|县|区|旗|乡|镇|州)[^、]{1,12}(政府|局|委|厅|办)$/.test(next);
}

/**
 * "街道(镇)" / "村（居）" / "乡(镇)": a level of the area's bodies named with the other name it takes in places
 * (towns beside streets, residents' committees beside villages) stands for every body of that level, so a
 * recipient by itself, as "各村(场)" is: a district writes "区安委会各成员单位、街道(镇)、区属集团公司".
 */
const LEVEL_WITH_ALTERNATIVE = /^各?(乡|镇|乡镇|街道|村|社区|居)[(（](乡|镇|街道|村|社区|居|场|农场)[)）]$/;

/**
 * "各办、中心、综合行政执法队、各村" (a street office's own offices, centres, its team and its villages): 各 with a
 * one-character class of offices or bodies is a class by itself, as "各部门" is; a bare class word after it
 * ("中心") takes the same 各 ("各办、中心": the offices and the centres) and stays with it, as "…各部门、单位" does.
 */
const ONE_CHAR_CLASS = /^各(办|村|局|科|站|所|队|处|室|校|院|组)$/;
const BARE_CLASS = /^(中心|单位|部门|科室|处室|站|所|队|办|分局|机构|站所)$/;

/** A bare class word right after a group closed by a 各 class joins that group ("各办、中心"); false otherwise. */
function joinedToClass(groups: string[], p: string): boolean {
  const last = groups[groups.length - 1];
  if (!last || !BARE_CLASS.test(p) || !/^各/.test(last.split('、').pop()!)) return false;
  groups[groups.length - 1] = `${last}、${p}`;
  return true;
}

/**
 * "区属集团公司" / "县属国有企业" / "市直单位": the bodies an area's government owns or runs, a class by itself.
 * "区管重点企业" / "市管国有企业": the enterprises an area's government oversees (管企业, its 国资 supervision list)
 * are written so beside "区属…" and are a recipient of their own, not a tail of the organ before them.
 */
const AREA_OWNED = /^(区|县|市|镇|乡|街道)([属直屬].{2,8}|管.{0,6}(企业|企業|公司|集团|集團))$/;

/**
 * "各镇、街道、开发区、头桥集团": a company named by its own name (…集团, …公司) is a recipient by itself and no
 * organ the classes before it share, so it closes them. One opening with a place class ("县供电公司" after
 * "各区") may be the class's own company and is left to the shared-head reading.
 */
const NAMED_ENTERPRISE = /^(?![区县市镇乡省州各])[^、]{2,12}(集团|集團|公司)$/;

/** The text cut at each 、 outside brackets ("各县(市、区)" stays whole). */
function topLevelPieces(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (/[(（]/.test(ch)) depth++;
    else if (/[)）]/.test(ch)) depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) {
      pieces.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  pieces.push(cur.trim());
  return pieces;
}

export function splitRecipients(text: string): string[] {
  const parts = text.split(/[,，;；]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length > 1) return parts.flatMap(splitNamedOffices);
  const pieces = topLevelPieces(text);
  // "镇属各岗位" / "县直各单位" / "乡直各部门": the bodies under a town's or a county's own organs, a whole
  // recipient whatever their class is called; "局机关各科室" / "委机关各处室": a bureau's own offices, named so
  // beside "局属各单位" in its notices; a bureau writing to its own offices may leave its name out ("机关各处室").
  // "区党群工作部、宣传与影视发展部、财政金融局": a 党委's 部 (党群工作部, 宣传部, 组织部) is an organ by itself,
  // as a 局 is; "…各部、委" (the ministries as a class) is not.
  const whole = (p: string) => /^各.{2,}|^.{2,}(政府|部门|單位|单位|部門|管委会|管委會|机构|機構|局|委|厅|廳|办事处|辦事處|党工委|黨工委)$|^.{2,}(?<!各)部$|^(.{1,4}[属直]|.{0,4}(机关|機關))各.{1,6}$/.test(p.replace(/[(（][^)）]*[)）]$/, ''))
    || LEVEL_WITH_ALTERNATIVE.test(p) || AREA_OWNED.test(p) || isNamedOffice(p) || ONE_CHAR_CLASS.test(p) || NAMED_ENTERPRISE.test(p);
  const groups: string[] = [];
  let open: string[] = [];
  let shared = false;
  const list = pieces.filter(Boolean);
  for (const [k, p] of list.entries()) {
    // "各村(场)、有关部门": "有关部门" names no place and shares no head; what is open before it is a recipient.
    // So does a company named by its own name.
    if ((GENERIC.test(p) || NAMED_ENTERPRISE.test(p)) && open.length) {
      groups.push(open.join('、'));
      open = [];
    }
    if (!open.length && joinedToClass(groups, p)) continue;
    open.push(p);
    if (whole(p) && !sharedPlaceHead(p, list[k + 1])) {
      // "各县(市、区)、泉州台商投资区管委会财政局、农业农村主管部门": a head part shared by what follows
      // makes the whole line one recipient.
      shared ||= open.length > 1;
      groups.push(open.join('、'));
      open = [];
    }
  }
  if (shared && groups.length > 1) return parts;
  // Trailing parts that are not a recipient by themselves ("…各部门、单位") end the last one.
  if (open.length) {
    if (groups.length) groups[groups.length - 1] += `、${open.join('、')}`;
    else groups.push(open.join('、'));
  }
  return groups.length > 1 ? groups : parts;
}
