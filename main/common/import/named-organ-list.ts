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
 * "区海洋与渔业执法支队、海洋与渔业技术中心" between ，: a 、 list of two or more such names is as many
 * recipients, though ， parts the others; any other list ("各省、自治区、直辖市人民政府") stays one.
 */
export function splitNamedOffices(part: string): string[] {
  const pieces = part.split('、').map((s) => s.trim());
  return pieces.length > 1 && pieces.every(isNamedOffice) ? pieces : [part];
}
