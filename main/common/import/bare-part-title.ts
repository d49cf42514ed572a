import { sectionKind } from './section-kind';

/** Words that end a table's column name, never a part's title. */
const COLUMN_NAME = /(名称|单位|部门|领导|时限|标准|责任人|序号)$/;

/**
 * "总体要求" / "重点整治内容" / "工作安排" / "工作要求" alone on their lines: a plan whose parts an indexing script
 * (or its author) left without their 一、二、 numbers. A short line, no sentence, naming a part the corpus knows
 * (a frame, the targets, a scope or fault list, a schedule, the safeguards, the tasks) opens that part.
 * "工作安排" names no kind: it is a part only where its first item is a stage (see `isStageItem`).
 */
export function isBarePartTitle(m: string): boolean {
  const t = m.trim();
  if (t.length < 4 || t.length > 10 || /[^\u4e00-\u9fa5]/.test(t)) return false;
  // A table set one cell a line has its header cells on lines of their own ("目标名称", "牵头单位"): column names.
  if (COLUMN_NAME.test(t)) return false;
  return sectionKind(t) !== 'other' || /^(工作|实施|具体)安排$/.test(t);
}

/**
 * "(一)集中攻坚阶段。2023年9月底前，…" / "(二)巩固提升阶段。…": a run-in title naming a stage of a campaign opens
 * the plan's timetable, not a task; the part it opens is a schedule, its later steps too ("(三)建立长效机制。2024年底前…").
 */
export function isStageItem(text: string): boolean {
  return /^[^。.:：,，;；]{2,10}阶段([(（][^()（）]{1,12}[)）])?[。.:：]/.test(text.trim());
}
