import type { ItemRole } from '../model/item';
import type { SectionKind } from '../model/section';
import { hasFigure } from './has-figure';
import { fold } from './line';
import { isSafeguardTitle, securesNamedArea } from './safeguard-title';
import { isSubsidyTermsTitle } from './subsidy-terms-title';

/** "2022年6月底前,制定完成…": a stage of the plan opened by its deadline. */
const STAGE = /^(到|至)?\d{4}年(\d{1,2}月)?(底|末)?(前|以前|之前)[,，]/;

const KINDS: Array<[RegExp | ((title: string) => boolean), SectionKind]> = [
  [/指导思想/, 'ideology'],
  // "一、分工原则" (南京): any short title ending in 原则 lists principles, not tasks.
  [/基本原则|工作原则|^.{0,6}原则$/, 'principles'],
  // "(一)工作思路。以…为指导" (贵港) / "(一)基本思路": a short title naming the approach frames the plan, as 总体要求 does.
  [/总体要求|总体思路|^.{0,4}(工作|基本)思路$/, 'requirements'],
  // "五、组织保障" / "二、工作保障" name the safeguards as "保障措施" does.
  [isSafeguardTitle, 'safeguards'],
  // "三、组织机构" over the bodies set up and "四、工作制度" over "（一）例会制度" / "（二）督查制度": the plan's
  // organisation and standing rules, as 组织领导 sets them out — only the bare title.
  [/^.{0,2}(组织机构|机构设置|工作制度|工作机制)$/, 'safeguards'],
  // "四、职责分工" over "（一）区建管委" / its duties: who does what in the plan's organisation, as 组织领导 sets it,
  // not tasks of their own. Only the bare title: "明确职责分工" or a 责任分工 list of tasks stays a measures part.
  [/^(职责分工|部门职责|工作职责)$/, 'safeguards'],
  // "三、管控流程" over "(一)规划阶段" / "1.立项阶段": a procedure set out by stage, as a schedule is.
  [/^(管控|工作|办理|操作)流程$/, 'schedule'],
  // "三、上台接受学位授予流程" / "四、入场安排": the steps of a ceremony or a meeting, in the order they happen, are
  // its programme. A title that reforms a procedure ("优化审批流程") names a task, and stays one.
  [/^(?!.{0,4}(优化|简化|再造|规范|完善|改革|精简|压缩|建立|健全|梳理|创新|重塑|改进|固化))[^,，。;；]{0,12}流程$/, 'schedule'],
  [/^.{0,4}(入场|离场|报到|食宿|住宿|乘车|座次|议程|日程|行程|会议|活动)安排$/, 'schedule'],
  // "五、督查有关工作安排" over "1.督查时间：…" / "2.督查标准：…" / "4.督查形式：…" / "5.督查对象：…": how and when the
  // plan's work is inspected, the inspection's own arrangements — not tasks of the plan.
  [/^.{0,4}(督查|督导|检查|考核|验收|评估)(有关)?(工作)?安排$/, 'schedule'],
  // "一、体能测试的时间和地点" / "二、领取准考证的时间和地点" over "1、时间：…" / "2、地点：…": when and where a test,
  // a meeting or a hand-out takes place is the event's programme, as its 日程 is — not tasks.
  [/^[^,，。;；]{0,16}(时间|日期)(和|与|及|、)?(地点|地址)$/, 'schedule'],
  // "(六)明确目标导向,精准对台招商": 目标导向 (working toward set aims, as 问题导向 works from problems) is a way of
  // working a task area names, never the plan's aims: no targets part. "(十四)强化目标责任落实。合理分解…任务和…控制
  // 目标，强化各职能部门行业主管责任…": 目标责任 is the 目标责任制, who answers for the aims (a duty set on organs, as
  // 主体责任 is), never the aims themselves: a task.
  [/目标(?!导向|责任)/, 'targets'],
  // "六、培训要求" / "四、参会须知": a short title naming what is asked of the reader (trainees, attendees) lists
  // requirements, not tasks; "目标要求" stays a targets part (matched above).
  [/^.{0,6}(要求|须知)$/, 'requirements'],
  // "一、评选范围及比例" / "二、评选标准" / "三、入驻申请材料": the parts of a call for applications or a selection
  // (who may take part, the criteria, the papers, the procedure) state what is asked of applicants, not tasks.
  // "一、遴选职位" / "三、人选条件" / "二、招聘岗位": the posts and the conditions of a selection of cadres or staff.
  [/^.{0,4}(评选|评审|评比|申报|申请|报名|推荐|遴选|入驻|参评|选拔|人选|招聘|招录|竞聘|选聘|选调|报考|应聘){1,2}(工作)?(对象|范围|条件|资格|标准|材料|程序|流程|名额|方法|方式|办法|职位|岗位)(及.{1,4})?$/, 'requirements'],
  // "一、征集时间" / "二、征集内容" / "三、征集原则" / "四、征集方式" (a call for 实事 proposals), "二、意见反馈方式" (a
  // request for comments): the parts of a call or a request state what is asked of the public and how to reply.
  [/^.{0,4}(征集|征求|征询|反馈|意见|建议){1,2}(工作)?(时间|内容|原则|方式|范围|渠道|途径|对象|办法)$/, 'requirements'],
  // "三、评估内容" / "四、评估计分规则" / "五、评估结果运用" / "六、评估奖励" (a town's scheme for rating owners'
  // committees): the parts of a rating or an assessment scheme state how those rated are scored and rewarded,
  // not tasks of the issuer.
  [/^.{0,4}(评估|考核|考评|评价|测评|评分|计分){1,2}(工作)?(内容|标准|指标|方式|方法|办法|程序|规则|计分规则|结果|结果运用|结果应用|奖励|奖惩|等次|周期)$/, 'requirements'],
  [/意义|重要性/, 'significance'],
  // A 规划's opening part reviews the past: its run-in paragraphs ("居民健康水平显著提高。…") are findings, not tasks.
  // Only a short title that names the review, not a task about it ("加强质量发展基础工作" is a task).
  // "一、2024年亮点工作" (a street's 工作总结及计划): last year's highlights are results, as 成效 are.
  [/^(?!.*(加强|推进|实施|完善|夯实|提升|强化|加快))(.{0,8}(背景|现状|形势|回顾|基本情况|成效|存在问题|面临挑战|亮点工作|工作亮点)|(发展|工作|现实)基础).{0,6}$/, 'significance'],
  // "四、范围定义" / "三、治理范围" over "(一)县道截至2020年底，全区县道总里程427公里" and "四、治理内容" over
  // "1.高层建筑违规采用易燃可燃外保温材料。": what the plan covers and the faults it looks for, not tasks.
  [/^.{0,4}(范围|对象)(定义)?$|^.{0,2}(治理|整治|排查|检查|督查)内容$/, 'significance'],
  // "一、机构、范围和类型" over "1.机构：…" / "2.范围：…" (a zone's 意见): a title that only lists what the document
  // defines — its body, scope, classes — opens provisions, as a 适用范围 does. Only such nouns joined by 、/和/及.
  [/^((适用)?(机构|范围|类型|对象|定义|分类|术语)[、和及与]?){2,4}$/, 'significance'],
  // "一、总则" over "(一)编制依据" (a zone's 应急预案): the general provisions of a 预案 or an 办法 — its sources,
  // scope and principles — are no tasks; "附则" closes the same way.
  [/^.{0,2}(总则|附则)$/, 'significance'],
  // "三、项目实施条件" over "1.单个库区可利用屋面总面积1500平方米以上；": what a site or a party must have to take
  // part, as a scope is — not tasks. Only a bare noun title: "创造…条件" is a task.
  [/^.{0,4}(实施|建设|准入|基本|具备|参与|试点)条件$/, 'significance'],
  // "三、补贴范围和补贴机具" / "五、资金分配和使用": the terms of a subsidy programme are its provisions, as a scope is.
  [isSubsidyTermsTitle, 'significance'],
  // "二、阶段划分" / "三、工作阶段" (良村): the stages of a campaign (动员部署, 集中整治, 总结提升) are its schedule.
  // "四、计划安排" over "（一）制定方案阶段" / "1.2024年8月底前，…": the plan's timetable, as 进度安排 is.
  [/进度|步骤|时间安排|计划安排|实施阶段|阶段(划分|安排)|^.{0,4}工作阶段$/, 'schedule'],
  [/任务|措施|重点|举措/, 'measures'],
];

/**
 * "一、2023年工作回顾 2023年是全面贯彻…": a page store that ran a report's lines together leaves the review's heading
 * set off from its text by a space only, so the part's run-in title runs on to the first 。. A first word that
 * names the review (回顾, 成效, 基本情况) opens findings however it is closed; other words decide nothing here.
 */
function spacedReview(t: string): boolean {
  const m = /^([^\s,，。;；:：]{2,12})\s+\S/.exec(t);
  return m !== null && sectionKind(m[1]!) === 'significance';
}

/** A section's kind from its title (指导思想 → ideology …); `parent` for level-2 titles with no keyword. */
export function sectionKind(title: string, parent: SectionKind | null = null): SectionKind {
  // "二、工作目标" / "(二)任务指标": under a targets part, a short title ending in 指标 lists indicators, though
  // it names 任务.
  if (parent === 'targets' && /^.{0,6}指标$/.test(title)) return 'targets';
  // "三、入场安排：": a heading closed by a colon over its items is titled by the words before it.
  const t = title.replace(/[:：]\s*$/, '');
  if (spacedReview(t)) return 'significance';
  // A group of a task part that builds a 保障机制 for a named object holds tasks (`securesNamedArea`).
  if (parent === 'measures' && securesNamedArea(t)) return 'measures';
  for (const [test, kind] of KINDS) if (typeof test === 'function' ? test(t) : test.test(t)) return kind;
  return parent ?? 'other';
}

/**
 * "（一）生态宜居。反映城市的大气、水、绿地等…情况。" (a 城市体检 plan's eight dimensions): a run-in title whose text
 * opens by saying what the title covers (反映…, 是指…) defines a term or a class of indicators; no task is written so.
 */
const DEFINITION = /^[^,，。;；:：]{2,10}。(反映|是指|系指|主要指)/;

/** Role of a numbered item in a section of this kind; an item with units is always a measure. */
export function itemRole(kind: SectionKind | null, hasUnits: boolean, text?: string): ItemRole {
  // "(二)2022年6月底前,制定完成…标准和规范": under 目标要求 a stage opened by its deadline, with no figure but
  // its date, is a step of the schedule, not a target.
  if (kind === 'targets') return text !== undefined && STAGE.test(fold(text)) && !hasFigure(fold(text)) ? 'point' : 'target';
  if (hasUnits) return 'measure';
  if (text !== undefined && DEFINITION.test(fold(text).trim())) return 'point';
  // "1.总则 1.1目的依据 …" (a town's 应急预案): the general and closing provisions of a 预案 or an 办法 are no task.
  if (text !== undefined && /^(总|附)\s*则(\s|$)/.test(text.trim())) return 'point';
  switch (kind) {
    case 'ideology': case 'principles': case 'requirements': case 'safeguards': case 'significance': case 'schedule':
      return 'point';
    default:
      return 'measure';
  }
}
