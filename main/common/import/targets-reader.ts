import type { Body } from '../model/element-types';
import { Item, type ItemLevel } from '../model/item';
import type { SectionKind } from '../model/section';
import { excerpt } from './excerpt';
import { hasFigure } from './has-figure';
import { isTargetsLabel, runInTargetsLabel } from './labelled-targets';
import type { IdMaker } from './id-maker';
import { fold, makeLine, type Line } from './line';
import { makeItem } from './make-item';
import { statedAimsSentence } from './stated-aims-sentence';

/** A title that is only "主要目标" / "工作目标：" …: the paragraphs after it state the targets. */
// "主要工作目标:" (a bureau's 工作计划) names the same title with both words; "(二)任务目标" the aims the tasks serve.
// A 政府工作报告's task table names its first row "全区经济社会发展的主要预期目标" (a cell standing alone where the
// merged cells were lost): the year, the place and 经济社会发展 may come before the title, as in the run-in form.
const TARGETS_TITLE = /^(?:\d{4}年)?(?:全(?:区|县|市|省|镇))?(?:经济社会发展的?)?((主要|工作|总体|发展|具体|预期|年度|主要预期|主要发展|主要工作|阶段|任务)?目标(任务|指标)?|(主要|预期|约束性|任务|发展|具体|量化)?指标)[。.:]?$/;

/**
 * "主要预期目标为：地区生产总值增长7%以上；…": the targets title written run-in before the figures, also after its
 * year ("2017年发展的主要预期目标是：…", "2024年全县经济社会发展主要预期目标：…") or what they measure, closed by
 * 的 (a town's "经济社会发展的主要预期目标是：…").
 */
const RUN_IN_TARGETS = /^(?:\d{4}年[\u4e00-\u9fff]{0,12}?|[\u4e00-\u9fff]{2,10}的)?((主要|工作|总体|发展|具体|预期|年度|主要预期|主要发展|主要工作)?目标(任务|指标)?)(为|是)?:/;

/**
 * "▲增加值可比增长14%左右" under "1、加强经济运行分析，确保完成主要指标。": a bulleted line stating an indicator's
 * figure (增长/下降/达到/控制在 … N%) lists the task's targets, wherever it stands.
 */
const BULLETED_INDICATOR = /^[▲★●◆■]\D{0,24}?(增长|下降|增加|减少|达到|控制在|提高到?|保持在|突破)(\d|百分之)/;

/**
 * "到2025年,全省质量…明显提升,…满意度持续增强。" standing alone in 总体要求: the aim by a year, stated without a figure,
 * that the "——…" lines after it spell out with figures (a plan that puts its targets under 总体要求 with no 目标 title).
 */
const AIM_BY_YEAR = /^(到|至)\d{4}年(底|末)?[,，]/;

/** A table's or a figure's caption: "表1 …计划表", "图2 …示意图". */
const CAPTION = /^(表|图)\d{1,2}([.-]\d{1,2})?[^\d,.;:。]{2,40}(表|图)$/;
/**
 * "专栏1 标准化发展主要指标": a box's caption (plans set their indicator lists in numbered 专栏). Its number is no
 * figure and the caption no target; the box's lines after it are read as any lines under the targets are.
 */
const BOX_CAPTION = /^专栏\d{1,2}[^\d,.;:。]{2,40}$/;

/** "任务目标到2020年,…": a targets title glued to the aim by a year; the match's [0] and [1] are the title. */
function gluedToYear(title: string): RegExpExecArray | null {
  const m = /^(.{2,8}?)(?=(?:到|至)\d{4}年)/.exec(title);
  return m && TARGETS_TITLE.test(m[1]!) ? m : null;
}

/**
 * Where targets are read while the body is built: after a bare "2.主要目标" item (the items and paragraphs
 * one level below are targets, seed 003's layout) or a "主要目标：" line (only those with a figure).
 */
export class TargetsReader {
  private level: ItemLevel | null = null;
  private fromLine = false;
  /** Past a "表1 …计划表" caption: the lines up to the next sentence are the table's cells, not targets. */
  private inTable = false;

  /** Under a "主要预期目标" line: the 政府工作报告's list of the year's expected results, each item one. */
  private expected = false;

  reset(): void {
    this.level = null;
    this.expected = false;
  }

  /** "一、工作目标。到2021年，9项…": a part titled only as targets, its text run in: that text is read for targets. */
  static isTitle(title: string): boolean {
    return TARGETS_TITLE.test(title.replace(/\s/g, ''));
  }

  /** A numbered item under a bare 主要目标 title is one of its targets. */
  nests(item: Item): boolean {
    // "(1)地区生产总值增长5%左右。" alone is read as a title-only item: its figure is in its lead.
    const text = fold(`${Item.leadText(item)}${Item.bodyText(item)}`);
    return this.level !== null && item.level >= this.level && (!this.fromLine || this.expected || hasFigure(text));
  }

  /**
   * "2.主要目标" with nothing after it: the plain paragraphs that follow are its targets. "2.主要目标。到
   * 2020年……达到95%" written run-in is itself a target.
   */
  afterItem(item: Item): void {
    const lead = Item.leadText(item);
    const title = fold(lead || Item.bodyText(item)).replace(/\s/g, '');
    if (item.leadUnits.length + item.supportUnits.length > 0) return;
    // "1.经济社会发展的主要预期目标是：地区生产总值增长6%以上,…" (the app's own export numbers a run-in targets
    // paragraph): the label and its figures make the item a target, as they make the paragraph one.
    const label = lead ? null : RUN_IN_TARGETS.exec(title);
    if (label && hasFigure(title.slice(label[0].length))) {
      item.role = 'target';
      return;
    }
    // "(二)发展目标。2023年完成2家…": a run-in targets title the item's own text opens with (no lead kept).
    // "(二)任务目标到2020年,贫困人口全部纳入…": a copy that lost the stop after the title glues it to the aim's year.
    const runIn = lead ? null : /^(.{2,8}?)[。.:]/.exec(title) ?? gluedToYear(title);
    const body = runIn ? title.slice(runIn[0].length) : lead ? Item.bodyText(item) : '';
    if (!TARGETS_TITLE.test(runIn ? runIn[1]! : title)) return;
    if (hasFigure(fold(body))) item.role = 'target';
    // "(二)总体目标。到2020年,基本形成…体系。" then "——物流业增加值年均增长7.5%左右。": the overall aim, stated
    // without a figure, opens the targets as a bare title does; of the lines after it only those with a figure.
    else this.opens(item, body.trim() !== '');
  }

  private opens(item: Item, fromLine: boolean): void {
    this.level = Math.min(item.level + 1, 4) as ItemLevel;
    this.fromLine = fromLine;
  }

  /**
   * "一、总体要求" then "到2025年,基本建成…市场主体数达到1.96万户;…" (or a paragraph of requirements closing with
   * "2014年,各区…优良率均提高9%。"): the sentences from one that opens with its year and states figures are the
   * plan's targets. Returns the words before them (kept as a paragraph, '' when none) and the target, or null.
   */
  requirementsParagraph(line: Line, kind: SectionKind | null, ids: IdMaker): { before: string; target: Item } | null {
    // "…协办。治理工作目标:实行…85%以上;…。主要措施:": a labelled targets list run into a paragraph, in any part.
    // "…工作的总体要求是，…合格率达到97%以上。": the year's aims stated in the opening with their figure.
    const labelled = runInTargetsLabel(line) ?? statedAimsSentence(line);
    if (labelled !== null) {
      const parsed = makeItem(makeLine(line.text.slice(labelled), line.bold), 0, 3, () => 'target', ids, { runInTitle: false });
      parsed.item.role = 'target';
      return { before: line.text.slice(0, labelled), target: parsed.item };
    }
    if (kind !== 'requirements') return null;
    // "…壮大银发经济产业体系,到2026年引育5家以上…": a stage opened by 到/至 may follow a comma and run on with no
    // comma after its year; the year alone ("2014年,") opens a sentence.
    const at = [...line.m.matchAll(/(?:^|。|[,，](?=到|至))((?:到|至)\d{4}年(?:底|末|前)?[,，]?|\d{4}年(?:底|末|前)?[,，])/g)].find((h) => hasFigure(line.m.slice(h.index + h[0].length - h[1]!.length).replace(/^\D{0,3}\d{4}年/, '')));
    if (!at) return null;
    const from = at.index + at[0].length - at[1]!.length;
    const parsed = makeItem(makeLine(line.text.slice(from), line.bold), 0, 3, () => 'target', ids);
    if (parsed.item.leadUnits.length + parsed.item.supportUnits.length > 0) return null;
    parsed.item.role = 'target';
    return { before: line.text.slice(0, from), target: parsed.item };
  }

  /**
   * A plain line read for targets: the blocks it gives (the words before a run of target sentences kept as
   * a paragraph, then the target) and the guess to report, or null when it states no target.
   */
  read(line: Line, kind: SectionKind | null, ids: IdMaker): { blocks: Body; guess: { what: string; confidence: number } } | null {
    const stated = this.requirementsParagraph(line, kind, ids);
    if (stated) {
      const before: Body = stated.before.trim() ? [{ type: 'paragraph', children: [{ text: stated.before }] }] : [];
      return { blocks: [...before, stated.target], guess: { what: `写明数字指标的“${excerpt(stated.target.children.map((c) => c.text).join(''))}”按目标导入`, confidence: 0.7 } };
    }
    const target = this.paragraph(line, kind, ids);
    return target ? { blocks: [target], guess: { what: `“主要目标”下带数字指标的段落“${excerpt(line.text)}”按目标导入`, confidence: 0.75 } } : null;
  }

  /**
   * A plain paragraph with a figure under "主要目标" (a targets section, or a bare "2.主要目标" item or
   * line) is a target (returned), with the units it names ("…增长6%左右。（县发改局牵头）": a 计划 assigns its
   * targets too); paragraphs without a figure (the overall aim) stay paragraphs (null).
   */
  paragraph(line: Line, kind: SectionKind | null, ids: IdMaker): Item | null {
    const bare = line.m.replace(/\s/g, '');
    // "表1 嘉定区海绵城市达标评估推进计划表" then its cells one a line (25.20 / 25% …), "图1 …示意图": a table's or a
    // figure's caption and the table's cells restate the targets as data; they are none themselves.
    if (BOX_CAPTION.test(bare)) return null;
    if (CAPTION.test(bare)) {
      this.inTable = bare.startsWith('表');
      return null;
    }
    // The table's "注：…" note (a wrapped copy may join the cells to it) still belongs to the table, and closes it.
    if (this.inTable && (/注:/.test(bare) || !/[。.]$/.test(bare))) {
      this.inTable = !/注:/.test(bare);
      return null;
    }
    this.inTable = false;
    if (TARGETS_TITLE.test(bare) || isTargetsLabel(bare)) {
      this.level = 3;
      this.fromLine = true;
      // "(2)一般公共预算收入保持稳定增长。" under "主要预期目标" is an expected result though it states no figure.
      this.expected = /预期目标/.test(bare);
      return null;
    }
    // A table's next row title ("坚持老城、经开、高新三区并进,…推动四大功能融合提质", a line of its own with no figure
    // and no stop) ends the expected results; the units and leaders' names between them (short lines) do not.
    if (this.expected && bare.length >= 16 && !/[。.;；]$/.test(bare) && !hasFigure(bare)) {
      this.reset();
      return null;
    }
    // The aim opens the targets as a bare 目标 title does: of the lines after it only those with a figure.
    if (kind === 'requirements' && this.level === null && AIM_BY_YEAR.test(bare) && !hasFigure(bare.replace(AIM_BY_YEAR, ''))) {
      this.level = 3;
      this.fromLine = true;
      return null;
    }
    const runIn = RUN_IN_TARGETS.exec(bare);
    const level = this.level ?? (kind === 'targets' || (runIn && hasFigure(bare.slice(runIn[0].length))) || BULLETED_INDICATOR.test(bare) ? 3 : null);
    if (level === null || !hasFigure(line.m) || line.m.length < 10) return null;
    const parsed = makeItem(line, 0, level, () => 'target', ids);
    parsed.item.role = 'target';
    return parsed.item;
  }
}
