/**
 * "六、重点工作安排" over "(一)3月，联合…部署2016年农资打假工作。" / "(二)2-5月，组织开展…专项行动。" /
 * "(八)1-12月，推进…": a part titled …安排 whose first item opens with the month (or months) it falls in, then a
 * comma, sets out the year's work by month — a timetable that restates the tasks above it by when they happen, as a
 * 进度安排 does. A task written with its deadline says "3月底前完成…" and stands under a task part's title
 * (重点任务, 主要措施), not under an 安排.
 */
const MONTH_LED = /^(\d{1,2}|[一二三四五六七八九十]{1,3})(\s*[-—–~～至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,3}))?月(份)?(上旬|中旬|下旬|初|中|底|末)?[,，、]/;

/** A part title naming an arrangement of the work ("重点工作安排", "具体安排", "工作安排"). */
export function isArrangementTitle(title: string): boolean {
  return /安排[:：]?$/.test(title.trim());
}

/** An item that opens with the month or the months it falls in ("3月，…", "2-5月，…", "10至12月，…"). */
export function isMonthLedItem(text: string): boolean {
  return MONTH_LED.test(text.trim());
}
