import type { FrontMatter } from './front-matter';
import type { ImportReport } from './import-report';

/** The head fields read, said in the report (a missing title flagged). */
export function describeFront(fm: FrontMatter, report: ImportReport): void {
  if (fm.title) report.recognised.push(`标题：${fm.title}`);
  else {
    report.flags.titleMissing = true;
    report.warnings.push('未找到计划标题，请补充');
  }
  if (fm.notice) {
    report.recognised.push(`通知：${fm.notice.title}`);
    if (fm.notice.titleSynthesized) report.warnings.push('原文没有通知标题，已按正文拟定，请核对');
  }
  const num = fm.docNumber;
  if (num) {
    report.recognised.push(`发文字号：${num.docNumber ?? num.raw}`);
    if (num.damaged) {
      report.flags.damagedDocNumber = true;
      report.warnings.push(`发文字号有缺损：原文“${num.raw}”，已整理为“${num.docNumber}”，请核对`);
    }
  }
  if (fm.mainRecipients.length) report.recognised.push(`主送机关：${fm.mainRecipients.join('，')}`);
  if (fm.signature) report.recognised.push(`署名：${fm.signature}`);
  if (fm.date) report.recognised.push(`成文日期：${fm.date}`);
  if (fm.note) report.recognised.push(`附注：${fm.note}`);
  if (fm.preparedBy) report.recognised.push(`起草单位：${fm.preparedBy}`);
  if (fm.issuerHead) report.recognised.push(`发文机关：${fm.issuerHead}`);
  for (const g of fm.guesses) report.guesses.push(g);
}
