import { isIndicatorHeader } from './indicator-header';
import { fold } from './line';
import { looksLikeUnit } from './unit-names';
import { isMeasureUnitColumn } from './measure-unit-column';

/**
 * A heading that describes the unit a row is about: its name, kind, address, code or staff; or what the
 * unit aims at ("部门目标", a 目标管理表's column of each department's target).
 */
const UNIT_DESCRIBED = /(单位|部门|机构)(名称|性质|类型|类别|级别|地址|代码|人数|目标|指标)$/;
/**
 * A heading naming who does paid work or receives goods (施工单位, 中标单位, 供应商, 接收单位): a ledger's
 * contractor or supplier, not a unit answering for a task. 承办单位 and 建设单位 stay units: a plan's
 * tables use them for who carries a task or a project out.
 */
const CONTRACTOR = /(施工|承建|中标|供货|供应|收款|接收|运输|监理|勘察|维修|服务)(单位|商|方|企业|公司)$/;
/** A weekday column: the rows are the days of a calendar or a duty roster (日期 | 星期 | …), not tasks. */
const WEEKDAY = /^(星期|周几|周次)$/;

/**
 * A header cell that is a value, not a column's name: an organ's name ("某县教体局", "某局（盖章）"). A column's
 * name opens with the role its units play: "主要责任单位" / "协同配合单位" (a 政府工作报告 分解表's pair of
 * columns), "主体责任单位", "协作单位" are roles as much as "责任单位" is.
 */
function isValueCell(cell: string): boolean {
  const m = fold(cell).replace(/\s/g, '').replace(/\((盖章|签章|公章|印章)\)$/, '');
  return looksLikeUnit(m) && !/^(责任|牵头|配合|参与|协办|主管|承办|实施|完成|具体|相关|督办|主责|协助|落实|主办|负责|所属|归口|主要|主体|协同|协作|支撑)/.test(m)
    && !/^(单位|部门|科室|处室|股室|机构|单位名称|部门名称)$/.test(m);
}

const col = (header: readonly string[], re: RegExp, not: number[] = []) =>
  header.findIndex((h, i) => !not.includes(i) && re.test(fold(h).replace(/\s/g, '')));

/** The columns of a task table's header, by what they hold (-1: none). */
export interface TableColumns {
  numberCol: number;
  taskCol: number;
  leadCol: number;
  unitsCol: number;
  supportCol: number;
  /** Further columns of bodies answering for the row (a third role column), read with the partners. */
  moreUnits: number[];
  deadlineCol: number;
  /** The rows are targets: the task column is headed as targets ("2022年预期目标", "主要指标"). */
  targets: boolean;
  /** The other named columns, kept as the row's data ("列名：值"). */
  data: Array<{ name: string; i: number }>;
}

/**
 * Which column of a table's header holds what; null when the table is no task table: a cover's form of
 * fields, a calendar, or no task or units column.
 */
export function tableColumns(h: readonly string[]): TableColumns | null {
  // "主管部门 | 泗县教体局（盖章） |" / "编制人员 | 某某 |": a cover's form of fields, a label and its value a row. Its
  // first row names an organ where a task table's header names a column ("责任单位"): it is no header, and the
  // table assigns nothing.
  // A real header may hold one such cell among many column names (a work map's header whose first cells were
  // overwritten with a row's text): a form's header is label and value, so its values are a third of it or more.
  const values = h.filter(isValueCell).length;
  if (values > 0 && values * 3 >= h.filter((c) => c.trim()).length) return null;
  const numberCol = col(h, /^(序号|编号)$/);
  // 责任领导 / 分管领导 / 责任人 name a person, not a unit: never a units column.
  const people = h.flatMap((name, i) => (/领导|责任人|联系人/.test(name.replace(/\s/g, '')) ? [i] : []));
  // "序号 | 单位名称 | 单位性质" (a 部门决算's list of its units): a column describing the unit of its row is the
  // row's subject, not who is responsible for a task — such a table lists units and assigns nothing.
  const described = h.flatMap((name, i) => (UNIT_DESCRIBED.test(name.replace(/\s/g, '')) ? [i] : []));
  const contractors = h.flatMap((name, i) => (CONTRACTOR.test(name.replace(/\s/g, '')) ? [i] : []));
  // "单位" beside "年度目标" and "责任部门": the figure's unit of measure (%, 万亩), not a body.
  const measured = h.flatMap((name, i) => (isMeasureUnitColumn(name, h) ? [i] : []));
  const notUnits = [...people, ...described, ...contractors, ...measured];
  if (h.some((name) => WEEKDAY.test(name.replace(/\s/g, '')))) return null;
  const leadCol = col(h, /牵头/, notUnits);
  const unitsCol = leadCol >= 0 ? leadCol : col(h, /责任|部门|单位/, notUnits);
  const supportCol = col(h, /责任|参与|配合|协办|指导|协助/, [unitsCol, ...notUnits]);
  // "牵头单位 | 参与单位 | 责任单位": a third column naming bodies by their role (the counties and zones a city's task
  // reaches) answers for the row too, with the partners.
  const moreUnits = h.flatMap((name, i) => (![unitsCol, supportCol, ...notUnits].includes(i)
    && /^(责任|参与|配合|协办|协助)(单位|部门)$/.test(fold(name).replace(/\s/g, '')) ? [i] : []));
  const deadlineCol = col(h, /时限|时间|进度/);
  // The task column by name; else the first column that is not 序号, units or deadline ("措施 | 责任单位").
  // A column naming the work (任务, 事项, 举措, …工作) before one naming a thing: in "项目 | 重点工作目标任务" the 项目
  // column is a category and the tasks are in the next; in "重点工作 | … | 攻坚目标任务" the first is the task's name.
  // "工作目标 | 工作内容 | 工作措施 | 责任单位": the 措施 column holds the numbered tasks, the columns before it
  // the part and group they stand under.
  let taskCol = col(h, /任务|事项|举措|工作$/, [numberCol]);
  // "考核指标 | 考核内容": an assessment list's indicator heads several rows (merged down); each row's content is
  // the work it scores, the row's task.
  const indicator = col(h, /指标$/, [numberCol]);
  if (taskCol < 0 && indicator >= 0) taskCol = h.findIndex((name, i) => i > indicator && /内容$/.test(fold(name).replace(/\s/g, '')));
  if (taskCol < 0) taskCol = col(h, /措施$/, [numberCol]);
  if (taskCol < 0) taskCol = col(h, /名称|项目/, [numberCol]);
  if (taskCol < 0) taskCol = h.findIndex((_, i) => ![numberCol, unitsCol, supportCol, deadlineCol].includes(i));
  if (taskCol < 0 || (unitsCol < 0 && !isIndicatorHeader(h))) return null;
  // A table of targets ("序号 | 2022年预期目标 | 责任单位"): its rows are the plan's targets, each with its
  // units; a column of tasks that are targets ("目标任务") is still a task column.
  const targets = /目标|指标/.test(h[taskCol]!) && !/任务|措施|举措|工作|事项/.test(h[taskCol]!);
  const skip = new Set([numberCol, taskCol, unitsCol, supportCol, deadlineCol, ...moreUnits]);
  const data = h.map((name, i) => ({ name: name.trim(), i })).filter(({ i, name }) => !skip.has(i) && name !== '');
  return { numberCol, taskCol, leadCol, unitsCol, supportCol, moreUnits, deadlineCol, targets, data };
}
