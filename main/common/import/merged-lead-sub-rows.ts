/** Columns whose cells hold unit names (the organs, or the commission's own 处室). */
const UNITS_COL = /单位|部门|股室|科室|处室|牵头|配合|协办/;

/** A units cell: names (listed with 、，) or "/" for none — no sentence. */
const unitsCell = (t: string) => t === '/' || t === '' || (!/[。；;：:]/.test(t) && t.length <= 40);

/** A content cell: a sentence or a long text, not a name. */
const contentCell = (t: string) => /[。；;]/.test(t) || t.length > 16;

/**
 * "1" / "有序扩大家庭医生来源。" / "现阶段…。" / "各区政府" / "市卫生健康委" / "基层处" / "医政处" / "根据服务人口…。" /
 * "各区政府" / …: a 任务分工表 may split one task's 主要内容 over several rows, each with its own 牵头/配合 cells, the
 * 序号 and 工作事项 cells merged down over them. Set one cell a line, the later rows' cells follow the first row's,
 * so the row shows the merged cells once and then whole sub-rows of the other columns. When the cells after the
 * first `m` are whole sub-rows (two or more), each opened by a content cell and holding names or "/" in every
 * units column, each sub-row is a row of its own with the merged cells carried down. The fewest merged cells that
 * fit are taken. Returns the rows' cells without 序号, or null.
 */
export function mergedLeadSubRows(texts: readonly string[], header: readonly string[]): string[][] | null {
  const full = header.length - 1;
  if (texts.length <= full) return null;
  for (let m = 1; m <= full - 2; m++) {
    const width = full - m;
    const rest = texts.slice(m);
    if (rest.length % width || rest.length / width < 2) continue;
    const subs = Array.from({ length: rest.length / width }, (_, k) => rest.slice(k * width, (k + 1) * width));
    const fits = subs.every((s) => contentCell(s[0]!) && s.every((c, j) => !UNITS_COL.test(header[m + 1 + j]!) || unitsCell(c)));
    if (fits) return subs.map((s) => [...texts.slice(0, m), ...s]);
  }
  return null;
}
