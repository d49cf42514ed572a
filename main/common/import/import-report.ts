/** What the importer recognised and what it did not, for the user (Chinese) and for tests (counts). */
export interface ImportReport {
  fileName: string | null;
  counts: {
    sections: number;
    measures: number;
    targets: number;
    points: number;
    /** Distinct unit names across all items. */
    units: number;
    measuresWithUnits: number;
    attachments: number;
    /** Lines kept as plain paragraphs inside sections. */
    plainParagraphs: number;
  };
  /** Recognised parts, one Chinese line each (标题, 发文字号, 主送机关 …). */
  recognised: string[];
  /** Things to check: repairs, guesses, damaged 文号, traditional characters. */
  warnings: string[];
  /**
   * Decisions that were inferred rather than read (a title taken from the notice, units extended by
   * "下同", a measure recognised without a number …), each with a confidence from 0 to 1.
   */
  guesses: Array<{ what: string; confidence: number }>;
  /** Lines kept as plain paragraphs in sections (first characters of each). */
  plainParagraphs: string[];
  /** Web-page lines dropped (breadcrumbs, 来源, 上一篇 …). */
  droppedLines: string[];
  flags: {
    damagedDocNumber: boolean;
    traditionalChars: number;
    simplified: boolean;
    titleMissing: boolean;
  };
  /** Outdated unit names with the current name to consider (never applied by the importer). */
  unitSuggestions: Array<{ name: string; current: string; reason: string }>;
}

export function emptyReport(fileName: string | null): ImportReport {
  return {
    fileName,
    counts: { sections: 0, measures: 0, targets: 0, points: 0, units: 0, measuresWithUnits: 0, attachments: 0, plainParagraphs: 0 },
    recognised: [], warnings: [], guesses: [], plainParagraphs: [], droppedLines: [],
    flags: { damagedDocNumber: false, traditionalChars: 0, simplified: false, titleMissing: false },
    unitSuggestions: [],
  };
}

/** The report as the CLI prints it. */
export function formatImportReport(r: ImportReport): string {
  const c = r.counts;
  const out: string[] = [];
  out.push(`导入结果${r.fileName ? `（${r.fileName}）` : ''}：`);
  out.push(`  章节 ${c.sections} 个，措施 ${c.measures} 条（其中 ${c.measuresWithUnits} 条有责任单位），目标 ${c.targets} 条，其他编号条目 ${c.points} 条，责任单位 ${c.units} 个，附件 ${c.attachments} 个。`);
  // Lists can be long (a note per measure): appended one by one, never spread as arguments.
  const list = (title: string, lines: readonly string[], line: (s: string) => string) => {
    if (!lines.length) return;
    out.push(title);
    for (const s of lines) out.push(line(s));
  };
  list('已识别：', r.recognised, (s) => `  · ${s}`);
  list('请核对：', r.warnings, (s) => `  ! ${s}`);
  if (r.guesses.length) {
    out.push('推断（非原文明写，括号内为把握程度）：');
    for (const g of r.guesses) out.push(`  ? ${g.what}（${Math.round(g.confidence * 100)}%）`);
  }
  if (r.unitSuggestions.length) {
    out.push('单位名称建议（未自动修改）：');
    for (const s of r.unitSuggestions) out.push(`  · ${s.name} → ${s.current}（${s.reason}）`);
  }
  if (r.plainParagraphs.length) {
    out.push(`保留为普通段落（${c.plainParagraphs} 段）：`, ...r.plainParagraphs.slice(0, 10).map((s) => `  - ${s}`));
    if (r.plainParagraphs.length > 10) out.push(`  …… 另有 ${r.plainParagraphs.length - 10} 段`);
  }
  if (r.droppedLines.length) out.push(`已去除网页内容 ${r.droppedLines.length} 行：`, ...r.droppedLines.slice(0, 6).map((s) => `  - ${s}`));
  return out.join('\n');
}
