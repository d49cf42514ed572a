/**
 * A government site's page for a major administrative decision (重大行政决策, under the State Council's 2019
 * procedure rules) opens with the decision's entry in the year's catalogue: its name, then one line of the
 * catalogue's fields ("承办单位:某市市场监督管理局  计划完成时间:2023.06"), then the steps of the procedure as
 * tabs (决策启动, 公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论, 决策公布, 执行评估) and the tabs of the step
 * shown (决策草案, 草案解读). The entry's name is the catalogue's for the matter ("关于全面推进质量强市建设的实施
 * 意见"), not the title of the document the page shows under the tabs ("某市质量强市建设三年行动方案").
 */
const ENTRY_FIELDS = /^承办(单位|部门)\s*[:：].{2,40}?\s(计划)?(完成时间|完成时限|决策时间|出台时间)\s*[:：]/;

/** The catalogue entry's field line, under the entry's name: what came above it names the matter, not the document. */
export function isDecisionEntryFields(m: string): boolean {
  return ENTRY_FIELDS.test(m.trim());
}

/**
 * A tab of the decision page: a step of the procedure, or a part of the step shown. Only the procedure's own words
 * (a document numbers such a heading: "第三章 公众参与"); words a document may set alone ("起草说明") are left.
 */
export const DECISION_TAB =
  /^(决策启动|公众参与|专家论证|风险评估|合法性审查|集体讨论(决定)?|决策公布|决策执行|执行评估|决策后评估|决策草案|草案解读|决策文件|决策解读)$/;
