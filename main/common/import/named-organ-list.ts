/**
 * "局农业处" / "区海洋与渔业执法支队" / "海洋与渔业技术中心" / "区农业机械管理站": a bureau writing to its own
 * offices and the bodies under it names each by its full name, ending in the word for its kind of body (处, 科,
 * 站, 所, 中心, 支队, 大队, 执法队). Such a name is a recipient by itself; it shares no head with its neighbours, as
 * "各省、自治区" (places waiting for the organ named after them) do.
 */
const NAMED_OFFICE = /^[^各、]{2,20}(处|科|站|所|中心|支队|大队|中队|执法队)$/;

/** A piece of a 主送 list that names one office or body under a bureau. */
export function isNamedOffice(piece: string): boolean {
  return NAMED_OFFICE.test(piece.replace(/[(（][^)）]*[)）]$/, ''));
}

/**
 * "区财政金融局、资源生态局、农业农村局": the government's own bureaus named one after another, the area's
 * 区/县/市 written once before the first. Each ends in the word for an organ (局, 委, 办, 厅) and so is one by
 * itself, where "各省、自治区" are places waiting for the organ named after them.
 */
const NAMED_ORGAN = /^[^各、]{2,20}(局|委|委员会|办|办公室|厅)$/;

/**
 * "区海洋与渔业执法支队、海洋与渔业技术中心" or "区财政金融局、资源生态局" between ，: a 、 list of two or more
 * such names is as many recipients, though ， parts the others; any other list ("各省、自治区、直辖市人民政府")
 * stays one.
 */
export function splitNamedOffices(part: string): string[] {
  const pieces = part.split('、').map((s) => s.trim());
  // "拣银岩街道党工委、办事处": a place's party committee and its office share the place's name: one recipient.
  const organs = pieces.every((p) => NAMED_ORGAN.test(p) && !/党(工)?委$/.test(p));
  return pieces.length > 1 && (pieces.every(isNamedOffice) || organs) ? pieces : [part];
}
