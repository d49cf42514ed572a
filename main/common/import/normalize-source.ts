import type { ImportReport } from './import-report';
import { halfWidthDigits } from './normalize-text';
import { restoreDots } from './stops-for-dots';
import type { SourceParagraph } from './to-lines';
import { Traditional } from './traditional';

/** Full-width digits made half-width (reported); traditional characters counted, and simplified when asked. */
export function normalizeSource(paras: SourceParagraph[], all: string, simplify: ((text: string) => string) | undefined, report: ImportReport): SourceParagraph[] {
  const digits = paras.map((p) => halfWidthDigits(p.text));
  if (digits.some((d) => d.count)) {
    paras = paras.map((p, i) => ({ ...p, text: digits[i]!.text, ...(p.bold ? { bold: halfWidthDigits(p.bold).text } : {}) }));
    report.recognised.push(`${digits.reduce((n, d) => n + d.count, 0)} 个全角数字（如“２０２３”）已改为半角`);
  }
  const dots = restoreDots(paras);
  if (dots.count) report.recognised.push(`原文把 ${dots.count} 处小数点和编号后的“.”写成了“。”（如“1。”），已改回`);
  paras = dots.paras;
  const trad = Traditional.scan(all);
  report.flags.traditionalChars = trad.count;
  if (simplify && trad.count > 0) {
    paras = paras.map((p) => ({ ...p, text: simplify(p.text), ...(p.bold ? { bold: simplify(p.bold) } : {}) }));
    report.flags.simplified = true;
    report.recognised.push(`已将 ${trad.count} 个繁体字转换为简体`);
  } else if (trad.count > 0) {
    report.warnings.push(`文中有 ${trad.count} 个繁体字（如“${trad.sample.join('')}”），已按原文导入；可用“转为简体”选项（命令行 --simplify）转换`);
  }
  return paras;
}

