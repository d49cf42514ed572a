/**
 * "三、补贴范围和补贴机具" / "四、补贴对象和补贴标准" / "五、资金分配和使用": a subsidy or award programme (农机购置
 * 补贴, 耕地地力保护补贴, 奖补资金 …) is written as its terms — what it covers, who may claim, how much, how the
 * money is shared out and paid — part by part, in the order the claimant needs them. Those parts state the
 * policy, not tasks: their items ("（一）常规机具", "1.组织分档测算", "（一）资金分配。省财政厅会同…") are its
 * provisions, as a scope's are. Only titles made of nothing but such terms: "加强资金管理" or "完善补贴标准" (a
 * verb before them) names a task, and stays one.
 */
const GRANT = '(补贴|补助|奖补|奖励|资助|扶持)';
const TERM = '(范围|对象|标准|机具|品目|额度|方式|资金|条件)';
const GRANT_TERMS = new RegExp(`^${GRANT}${TERM}([和及与、]${GRANT}?${TERM})*$`);

const FUND_USE = '(分配|使用|管理|拨付|兑付|安排|来源|筹集|监管)';
const FUND_TERMS = new RegExp(`^${GRANT}?(专项)?资金${FUND_USE}([和及与、]${FUND_USE})*$`);

/** Whether a part title names the terms of a subsidy programme (its scope, claimants, rates or funds). */
export function isSubsidyTermsTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return GRANT_TERMS.test(t) || FUND_TERMS.test(t);
}
