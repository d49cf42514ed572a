import { isAimLine } from './aim-line';
import { amongMeasures, cutHeadingAmongMeasures, isHeadingText } from './among-measures';
import { applyStandingRules } from './apply-standing-rules';
import { attachNoteLine, attachUnitsLine, isUnitsNoteLine } from './attach-units-line';
import type { Body } from '../model/element-types';
import { Item, type ItemLevel } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import type { Section, SectionKind } from '../model/section';
import { classifyLine } from './classify-line';
import type { IdMaker } from './id-maker';
import { makeLine, sliceLine, type Line } from './line';
import { makeItem } from './make-item';
import { mergeGroupParagraphs, mergeParagraphsIntoNotedTask, onlyParagraphs } from './merge-group-paragraphs';
import { taskOverParagraphs } from './task-over-paragraphs';
import { itemRole, sectionKind } from './section-kind';
import { itemKind, kindWithUnits } from './item-kind';
import { isOrganizersLine } from './organizers-list';
import { UNITS_LINE } from './responsibility';
import { repeatedUnitsLabel } from './repeated-units-label';
import { hasStandingRule, takeStandingRules, type StandingRules } from './standing-rules';
import { TargetsReader } from './targets-reader';
import { hasFigure } from './has-figure';
import { excerpt } from './excerpt';
import { headingItems } from './heading-items';
import { BULLET, itemAbove, takeDeadlineLine } from './item-above';
import { paragraphToItem, sectionToItem } from './section-to-item';
import { paragraphMeasures } from './paragraph-measures';
import { titledItemOverPoints, titledItemText } from './titled-item-text';
import { unitsParagraph } from './units-paragraph';
import { cellsToBody } from './cells-to-body';
import { topLevelItems } from './top-level-items';
import { closingParagraphs } from './closing-paragraphs';
import { headingAssignee } from './heading-assignee';
import { inlinePartsMeasure } from './inline-parts-measure';
import { sentencePartTasks } from './sentence-part-tasks';
import { isBareHeading, isReviewHeading } from './review-heading';
import { isBarePartTitle, isStageItem } from './bare-part-title';
import { isArrangementTitle, isMonthLedItem } from './month-led-steps';

/**
 * "二、实施游艇租赁试点推进游艇租赁试点建设，出台…，促进…发展。": a part line that is one sentence, with a comma and
 * closed by its 。 — a heading has neither; a page that lost its stops glued the title to the text.
 */
const SENTENCE_PART = /^[^。]{12,}[,，][^。]*。$/;

/**
 * Builds preamble and sections from classified lines: 一、 → level-1 section; （一） → level-2 section
 * or, with text after its 。, a level-2 item; 1. and （1） → items. Numbering is dropped (derived).
 */
export class BodyBuilder {
  readonly preamble: Body = [];
  readonly sections: Section[] = [];
  readonly notations = new Map<ResponsibilityNotation, number>();
  readonly notes: string[] = [];
  /** Inferred decisions with a confidence (for the report's 推断 list). */
  readonly guesses: Array<{ what: string; confidence: number }> = [];
  /** Numbering that starts again at 1 in a new section: the plan numbers per section. */
  restarts = 0;
  top: Section | null = null;
  sub: Section | null = null;
  private lastN: Record<2 | 3, number> = { 2: 0, 3: 0 };
  private lastMeasureN: Record<2 | 3, number> = { 2: 0, 3: 0 };
  private lastItemLevel: ItemLevel = 3;
  /** Level-1 headings written run-in ("一、稳定粮食播种面积。将……（县农业农村局负责）"), with their line. */
  private readonly runIn = new Map<Section, { line: Line; start: number }>();
  /** Level-1 parts whose line is one sentence, the title glued to its text ("二、实施租赁试点推进…，出台…。"). */
  private readonly sentenceParts = new Map<Section, { line: Line; start: number }>();
  /** Rules stated once for the measures after them ("排在首位的为牵头单位，下同"). */
  private rules: StandingRules = { firstLeads: false, later: [] };
  /** Set by an unnumbered "…工作回顾" heading: the parts after it review results, until the next such heading. */
  private reviewing = false;
  /** Set once a bare part title ("总体要求") opened a part: the plan's parts are unnumbered. */
  private bareParts = false;
  /** Set by a bare "2.主要目标" (item or line): the level its target paragraphs get, until the next label. */
  private readonly targets = new TargetsReader();

  constructor(readonly ids: IdMaker) {}

  private get section(): Section | null {
    return this.sub ?? this.top;
  }

  private get body(): Body {
    return this.section?.body ?? this.preamble;
  }

  private kind(): SectionKind | null {
    return this.section?.kind ?? null;
  }

  private paragraph(text: string): void {
    this.body.push({ type: 'paragraph', children: [{ text }] });
  }

  private openSection(level: 1 | 2, title0: string, titleM0: string): void {
    this.targets.reset();
    const { title, titleM, assignee } = headingAssignee(title0, titleM0);
    if (assignee) this.guesses.push({ what: `标题“${title}”后的“${assignee}”牵头本部分，记为本部分的责任部门`, confidence: 0.8 });
    const clean = title.replace(/[。.]$/, '');
    const s: Section = {
      id: this.ids.next('s'), level, kind: level === 1 && this.reviewing ? 'significance' : sectionKind(titleM, level === 2 ? this.top?.kind ?? null : null),
      title: clean, assignee, body: [], sections: [],
    };
    if (level === 1 || !this.top) {
      s.level = 1;
      this.sections.push(s);
      this.top = s;
      this.sub = null;
    } else {
      this.top.sections.push(s);
      this.sub = s;
    }
  }

  private item(line: Line, start: number, level: ItemLevel, n: number): void {
    // A part with no keyword whose first item is a stage ("(一)集中攻坚阶段。…") is the plan's timetable.
    const s = this.section;
    if (s?.kind === 'other' && !s.body.some((b) => b.type === 'item') && isStageItem(line.m.slice(start))) s.kind = 'schedule';
    // "六、重点工作安排" over "(一)3月，…" / "(二)2-5月，…": the year's work set out by month is a timetable.
    if (s?.kind === 'measures' && isArrangementTitle(s.title) && !s.body.some((b) => b.type === 'item') && isMonthLedItem(line.m.slice(start))) s.kind = 'schedule';
    const kind = itemKind(this.kind(), line.m.slice(start), this.section?.title);
    const parsed = makeItem(line, start, level, (hasUnits) => itemRole(kindWithUnits(kind, hasUnits, s?.title), hasUnits, line.m.slice(start)), this.ids);
    const { item } = parsed;
    if (parsed.notation) this.notations.set(parsed.notation, (this.notations.get(parsed.notation) ?? 0) + 1);
    for (const note of parsed.notes) this.notes.push(`第 ${n} 项“${excerpt(line.text.slice(start))}”：${note}`);
    if ((level === 2 || level === 3) && item.role !== 'target') {
      if (n === 1 && this.lastMeasureN[level] > 0) this.restarts++;
      this.lastMeasureN[level] = n;
    }
    this.lastItemLevel = level;
    this.applyRules(item, parsed.rules, parsed.notation);
    // "2.主要目标" then "（1）…（2）…": the numbered items under the bare title are its targets.
    // After a bare "主要目标" line (no number to nest under), a numbered item is a target only with a figure.
    if (this.targets.nests(item) && item.leadUnits.length + item.supportUnits.length === 0) item.role = 'target';
    else {
      this.targets.reset();
      this.targets.afterItem(item);
    }
    this.body.push(item);
  }

  /** A rule read now replaces the one in force; the rule in force shapes this item's units. */
  private applyRules(item: Item, read: StandingRules | null, notation: ResponsibilityNotation | null): void {
    applyStandingRules(this.rules, item, read, notation, this.guesses);
  }

  /** "责任单位：A、B" on a line of its own belongs to the measure above it (every group is kept). */
  private unitsLine(line: Line): boolean {
    const labelled = UNITS_LINE.test(line.m);
    if (!labelled && !isUnitsNoteLine(line)) return false;
    if (isOrganizersLine(this.body, line)) return false;
    if (labelled) this.headingToItem();
    if (labelled && mergeGroupParagraphs(this.sub)) this.guesses.push({ what: `“${excerpt(this.sub!.title)}”下的几段连同其后的责任单位按一项措施导入`, confidence: 0.7 });
    // A "牵头领导：…" line between the task and its units does not part them.
    const last = titledItemOverPoints(this.body) ?? itemAbove(this.body) ?? titledItemText(this.body) ?? (labelled ? taskOverParagraphs(this.body) : null) ?? this.paragraphToItem();
    if (!last) return false;
    const repeated = labelled ? repeatedUnitsLabel(this.labels, last, line) : null;
    if (repeated) {
      this.guesses.push({ what: `单独成行的“${excerpt(line.text)}”与上一项措施已有的“${repeated}”重复，是原文缺失的另一项任务的责任单位，不归入该项`, confidence: 0.5 });
      return false;
    }
    // "（A牵头，B配合）" alone on its line: the measure's note, broken off it.
    const r = labelled ? attachUnitsLine(last, line) : attachNoteLine(last, line);
    if (!r) return false;
    this.notations.set(r.notation, (this.notations.get(r.notation) ?? 0) + 1);
    this.guesses.push({ what: `单独成行的“${excerpt(line.text)}”归入上一项措施`, confidence: 0.85 });
    this.applyRules(last, r.rules, r.explicit ? 'lead-and-participate' : r.notation);
    return true;
  }

  /** The units labels ("责任科室(单位)") each item's own units lines have given it (see `repeatedUnitsLabel`). */
  private readonly labels = new WeakMap<Item, Set<string>>();

  /** Parts whose one paragraph a units line made a measure: the part is itself a task (see `topLevelItems`). */
  private readonly titled = new Set<Section>();
  /** Measures a units line made of a group's one paragraph: the group is the task (see `titledGroupMeasures`). */
  private readonly fromParagraph = new Set<Item>();
  /** The index in `sections` of a "(一)…" group opened with no part above it (a copy starting there). */
  orphan = -1;
  /** Set once a bulleted paragraph ("--…") turned out to be a measure: the plan lists its tasks so. */
  private bulleted = false;

  /** An unnumbered paragraph right above a units line becomes the item those units belong to (reported). */
  private paragraphToItem(): Item | null {
    const alone = !this.sub && this.top && !this.runIn.has(this.top) && this.top.body.length === 1 && this.top.sections.length === 0 ? this.top : null;
    const aloneInGroup = this.sub !== null && this.sub.body.length === 1 && this.sub.sections.length === 0;
    const r = paragraphToItem(this.body, this.kind(), this.lastItemLevel, this);
    if (!r) return null;
    if (alone) this.titled.add(alone);
    if (aloneInGroup) this.fromParagraph.add(r.item);
    if (r.bullet) this.bulleted = true;
    return r.item;
  }

  /** A group heading its own units line follows is a task (see `sectionToItem`). */
  private headingToItem(): void {
    const r = sectionToItem(this);
    if (r) [this.top, this.sub] = [r.top, r.sub];
  }

  /** `|` rows (TAB rows of a .txt, a Word table) waiting to be read as one table. */
  private cells: Line[] = [];

  /**
   * A table in the body: a task table's rows become measures (reported), another table stays a table.
   * A single row is not a table: it is kept as text.
   */
  private flushCells(): void {
    const rows = this.cells;
    this.cells = [];
    // Before any heading (a 任务分解表 handed over as the plan) or in a part that holds measures.
    for (const b of cellsToBody(rows, itemRole(this.kind(), false) === 'measure', { ids: this.ids, notations: this.notations, guesses: this.guesses })) this.body.push(b);
  }

  add(line: Line): void {
    const c = classifyLine(line);
    if (c.kind === 'cell') {
      this.cells.push(line);
      return;
    }
    this.flushCells();
    const rest = sliceLine(line, c.start);
    switch (c.kind) {
      case 'h1':
        this.part(line, c.start, rest);
        return;
      case 'h2':
        // "（一）地区生产总值增长7%以上" under 主要预期目标: a short line with a figure is a target, not a heading.
        // A copy that starts inside a part ("(三)进一步加强生态环境建设" with no 一、 above) still has its groups
        // (not among run-in (n) measures); one its own units line follows is a task (see `headingToItem`).
        const orphanLevel = !this.top || this.top === this.sections[this.orphan];
        // "(一)3月，…" / "(二)2-5月，组织开展…。" under …安排: steps of a timetable set out by month, no groups.
        const monthStep = isMonthLedItem(rest.m) && (this.top?.kind === 'schedule' || (this.top?.kind === 'measures' && isArrangementTitle(this.top.title)));
        if (isHeadingText(rest.m) && !monthStep && (!orphanLevel ? !(this.top!.kind === 'targets' && (hasFigure(rest.m) || isAimLine(rest.m))) && !amongMeasures(this.top!, this.guesses) : this.bulleted || !this.preamble.some((b) => b.type === 'item'))) {
          // Groups of a copy that starts inside a part are siblings: "(二)…" then "(三)…".
          if (orphanLevel) [this.top, this.sub, this.orphan] = [null, null, this.sections.length];
          this.openSection(2, rest.text, rest.m);
          return;
        }
        this.lastN[2] = c.n;
        if (this.inlineParts(line, c.start, 2, c.n)) return;
        this.item(line, c.start, 2, c.n);
        return;
      case 'n3':
        if (c.noDot && c.n !== this.lastN[3] + 1) break;
        this.lastN[3] = c.n;
        if (this.inlineParts(line, c.start, 3, c.n)) return;
        this.item(line, c.start, 3, c.n);
        return;
      case 'n4':
        this.item(line, c.start, 4, c.n);
        return;
      default:
        break;
    }
    this.text(line);
  }

  /** A 一、 part; written run-in ("一、稳定粮食播种面积。将……"), its text after the 。 is read as its first paragraph. */
  private part(line: Line, start: number, rest: Line): void {
    const stop = rest.m.indexOf('。');
    if (stop >= 0 && stop < rest.m.length - 1) {
      this.openSection(1, rest.text.slice(0, stop), rest.m.slice(0, stop));
      this.runIn.set(this.sections[this.sections.length - 1]!, { line, start });
      if (TargetsReader.isTitle(rest.m.slice(0, stop))) this.text(makeLine(rest.text.slice(stop + 1))); else this.paragraph(rest.text.slice(stop + 1));
    } else {
      this.openSection(1, rest.text, rest.m);
      if (SENTENCE_PART.test(rest.m)) this.sentenceParts.set(this.sections[this.sections.length - 1]!, { line, start });
    }
    this.lastN[2] = 0;
  }

  /** "1.加强X。主要包括：（1）……；（2）……。": its parts become items one level down (`inlinePartsMeasure`). */
  private inlineParts(line: Line, start: number, level: 2 | 3, n: number): boolean {
    const ctx = { addItem: (l: Line, s: number, lv: ItemLevel, k: number) => this.item(l, s, lv, k), body: () => this.body, notes: this.notes, guesses: this.guesses };
    if (!inlinePartsMeasure(line, start, level, n, ctx)) return false;
    this.lastItemLevel = level;
    return true;
  }

  /** A plain line; one that ends in a responsibility annotation inside a measures section is a measure. */
  private text(line: Line): void {
    if (this.unitsLine(line) || takeDeadlineLine(this.body, line)) return;
    // Parts without numbers: only in a plan that has none (no 一、 part opened so far).
    if ((this.sections.length === 0 || this.bareParts) && isBarePartTitle(line.m)) {
      this.openSection(1, line.text, line.m);
      this.bareParts = true;
      return;
    }
    if (isBareHeading(line.m)) this.reviewing = isReviewHeading(line.m);
    if (hasStandingRule(line.m) && line.m.length <= 120) {
      const r = takeStandingRules(line.text, line.m.replace(/^\(|\)$/g, ' ')).rules;
      if (r) this.applyRules({ type: 'item', id: '', level: 3, role: 'point', leadUnits: [], supportUnits: [], deadline: null, children: [{ text: line.text }] }, r, null);
    }
    const kind = this.kind();
    const targets = this.targets.read(line, kind, this.ids);
    if (targets) {
      this.body.push(...targets.blocks);
      this.guesses.push(targets.guess);
      return;
    }
    const ctx = { body: this.body, kind, level: this.lastItemLevel, ids: this.ids, notations: this.notations, notes: this.notes, guesses: this.guesses };
    const paragraphsOnly = this.sub?.body === this.body && onlyParagraphs(this.sub);
    if (this.section && kind !== 'targets' && unitsParagraph(line, { ...ctx, applyRules: (item, read, notation) => this.applyRules(item, read, notation) })) {
      if (mergeParagraphsIntoNotedTask(this.sub, paragraphsOnly)) this.guesses.push({ what: `“${excerpt(this.sub!.title)}”下的几段连同末段的责任单位按一项措施导入`, confidence: 0.7 });
      return;
    }
    this.paragraph(line.text);
  }

  /**
   * Post-pass once every line is added: paragraphs under group headings that are the measures.
   * `noticeOnly`: a 印发通知 whose plan is not in the text; `handsOver`: a 通知 issued as it is whose
   * opening hands a plan over ("现将…予以分解印发") — in both, run-in 一、二、 without units are requirements.
   * `planTitled`: the document's title names a plan (…意见, …方案), not a 通知.
   */
  finish(opts: { noticeOnly?: boolean; handsOver?: boolean; planTitled?: boolean } = {}): void {
    this.flushCells();
    // "--按国家及上海市“三定”方案……" where the copy ends: a last bulleted paragraph among bulleted measures is
    // a measure the copy cut before its units line.
    const end = this.body[this.body.length - 1];
    if (this.bulleted && end?.type === 'paragraph' && BULLET.test(end.children.map((c) => c.text).join('')) && this.paragraphToItem()) {
      this.guesses[this.guesses.length - 1]!.confidence = 0.6;
    }
    // Run-in parts ("一、X。…") are read by `topLevelItems`; parts titled on a line of their own are read here.
    const titledParts = (opts.planTitled ?? false) && !this.sections.some((s) => this.runIn.has(s));
    paragraphMeasures(this.sections, { ids: this.ids, notations: this.notations, guesses: this.guesses }, this.fromParagraph, titledParts, opts.noticeOnly ?? false);
    cutHeadingAmongMeasures(this.sections, this.ids, this.guesses);
    topLevelItems({
      sections: this.sections, preamble: this.preamble, noticeTail: this.noticeTail, runIn: this.runIn, sentenceParts: this.sentenceParts, titled: this.titled, ids: this.ids,
      notations: this.notations, guesses: this.guesses, applyRules: (item, read, notation) => this.applyRules(item, read, notation),
    }, opts.noticeOnly ?? false, opts.handsOver ?? false);
    sentencePartTasks(this.sections, this.sentenceParts, this.ids, this.guesses);
    const bodies = (list: Section[]): Body[] => list.flatMap((s) => [s.body, ...bodies(s.sections)]);
    for (const body of [this.preamble, ...bodies(this.sections)]) headingItems(body, this.guesses);
  }

  /** Lines that turned out to be the notice's own requirements (see `topLevelItems`). */
  readonly noticeTail: string[] = [];

  /** Trailing "各…确保…" paragraphs of the last section are the plan's closing. */
  takeClosing(): Body {
    return closingParagraphs(this.sections);
  }
}
