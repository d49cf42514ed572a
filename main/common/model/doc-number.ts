import { z } from 'zod';

/**
 * 发文字号 as its parts [Std 7.2.5]: 机关代字, 年份, 序号 → `代字〔2026〕3号` (六角括号, full year, no "第",
 * no 虚位). Stored as parts so the 新建计划 form can fill the year before the 代字 and 序号 are known,
 * and rendered in one place. Parts are lenient here (a half-typed 文号 is still saved); whether it can be
 * issued is the export check's question (document-gaps).
 */
export const DocNumberSchema = z.strictObject({
  agency: z.string().max(50).default(''),
  year: z.number().int().min(1949).max(2200).nullable().default(null),
  serial: z.number().int().min(0).max(999999).nullable().default(null),
});
export type DocNumber = z.infer<typeof DocNumberSchema>;

const NORMALISED = /^\s*(.+?)\s*〔\s*(\d{4})\s*〕\s*(\d{1,6})\s*号\s*$/;

export const DocNumber = {
  /** `代字〔2026〕3号`; '' when no part is set; missing parts left empty so the gap shows. */
  format(n: DocNumber | null): string {
    if (!n) return '';
    const agency = n.agency.trim();
    if (!agency && n.year === null && n.serial === null) return '';
    return `${agency}〔${n.year ?? ''}〕${n.serial ?? ''}号`;
  },
  /** Parts of a normalised 文号 text (`天政发〔2013〕88号`), or null when it is not one. */
  parse(text: string): DocNumber | null {
    const m = NORMALISED.exec(text);
    if (!m) return null;
    const year = Number(m[2]);
    if (year < 1949 || year > 2200) return null;
    return { agency: m[1]!, year, serial: Number(m[3]) };
  },
  /** Every part present and valid for issuing: 代字, a year, a 序号 ≥ 1 [Std 7.2.5]. */
  isComplete(n: DocNumber | null): boolean {
    return Boolean(n && n.agency.trim() && n.year !== null && n.serial !== null && n.serial >= 1);
  },
  isEmpty(n: DocNumber | null): boolean {
    return !n || (!n.agency.trim() && n.year === null && n.serial === null);
  },
};
