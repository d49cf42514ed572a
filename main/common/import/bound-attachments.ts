import type { Plan } from '../model/plan';
import type { ImportReport } from './import-report';
import { MAX_ATTACHMENTS } from './repeated-copies';

/** The same attachment twice is kept once; past MAX_ATTACHMENTS the rest are left out. Both reported. */
export function boundAttachments(list: Plan['attachments'], report: ImportReport): Plan['attachments'] {
  const seen = new Set<string>();
  const out: Plan['attachments'] = [];
  let repeated = 0;
  for (const a of list) {
    const { id: _id, ...rest } = a;
    const key = JSON.stringify(rest);
    if (seen.has(key)) {
      repeated++;
      continue;
    }
    seen.add(key);
    out.push(a);
  }
  if (repeated) report.warnings.push(`有 ${repeated} 个附件与前面的附件完全相同，未重复导入`);
  if (out.length > MAX_ATTACHMENTS) {
    report.warnings.push(`附件有 ${out.length} 个，超过 ${MAX_ATTACHMENTS} 个，只导入了前 ${MAX_ATTACHMENTS} 个，请检查原文`);
    return out.slice(0, MAX_ATTACHMENTS);
  }
  return out;
}
