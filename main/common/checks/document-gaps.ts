import { FIELD_LABELS, type DocumentFieldKey } from '../collab/document-fields';
import { DocNumber } from '../model/doc-number';
import type { PlanMeta } from '../model/meta';
import type { Notice } from '../model/notice';

/** Where a gap is fixed: a 文件信息 field, the plan title, or the notice title. */
export type GapField = DocumentFieldKey | 'title' | 'noticeTitle';

export interface DocumentGap {
  field: GapField;
  /** What is missing or wrong, in Chinese, naming the field and the clause. */
  message: string;
}

/** The kind of document being exported (the export dialog's choices). */
export interface DocumentKind {
  /** 文件 format: 版头 with 标志, 发文字号, red rule; 落款 and 版记 [Std 7.2-7.4]. */
  redHead: boolean;
  /** Printed inside its 印发/转发通知 (the notice carries 主送 and 落款). */
  notice: boolean;
}

const filled = (s: string | null | undefined) => Boolean(s?.trim());

/**
 * What a document of this kind lacks before it can be issued: a 文件 needs 发文机关, a complete
 * 发文字号 and a 成文日期; a 版记 needs 印发机关 and 印发日期; every document needs a title. Values that
 * are there but malformed (份号 not six digits, 保密期限 without 密级, 印发日期 before 成文日期) are named
 * too. Pure: the export dialog shows the list (a draft export is never blocked); a later 公文体检 builds
 * on it.
 */
export function documentGaps(doc: { meta: PlanMeta; notice: Notice | null }, kind: DocumentKind): DocumentGap[] {
  const m = doc.meta;
  const gaps: DocumentGap[] = [];
  const gap = (field: GapField, message: string) => gaps.push({ field, message });
  const withNotice = kind.notice && doc.notice !== null;

  if (!filled(m.title)) gap('title', '标题为空。');
  if (withNotice && !filled(doc.notice?.title)) gap('noticeTitle', '通知标题为空。');

  if (kind.redHead) {
    if (!filled(m.issuer) && !filled(m.signature) && !filled(m.mark)) gap('issuer', '文件格式需要发文机关（版头的发文机关标志）。');
    if (DocNumber.isEmpty(m.docNumber)) gap('docNumber', '文件格式需要发文字号（GB/T 9704 7.2.5）。');
    else if (!DocNumber.isComplete(m.docNumber)) gap('docNumber', `发文字号不完整：缺${docNumberMissing(m.docNumber)}。`);
  }
  if (kind.redHead || withNotice) {
    if (!m.date) gap('date', '落款需要成文日期（GB/T 9704 7.3.5）。');
    if (!filled(m.signature) && !filled(m.issuer)) gap('signature', '落款需要署名（发文机关名称）。');
  }
  if (withNotice && m.mainRecipients.every((r) => !filled(r))) gap('mainRecipients', '印发通知需要主送机关（GB/T 9704 7.3.2）。');

  const imprint = kind.redHead || m.copyTo.some(filled) || filled(m.printer) || Boolean(m.printDate);
  if (imprint) {
    if (!filled(m.printer)) gap('printer', '版记需要印发机关（GB/T 9704 7.4.3）。');
    if (!m.printDate) gap('printDate', '版记需要印发日期（GB/T 9704 7.4.3）。');
  }

  if (filled(m.copyNumber) && !/^\d{6}$/.test(m.copyNumber!.trim())) gap('copyNumber', '份号应为 6 位阿拉伯数字，如 000123（GB/T 9704 7.2.1）。');
  if (filled(m.secrecyTerm) && !m.secrecy) gap('secrecy', '填写了保密期限，但没有选择密级（GB/T 9704 7.2.2）。');
  if (m.docNumber?.serial === 0) gap('docNumber', '发文字号的序号应从 1 开始，不编虚位（GB/T 9704 7.2.5）。');
  if (m.date && m.printDate && m.printDate < m.date) gap('printDate', `印发日期早于成文日期，请核对${FIELD_LABELS.printDate}。`);
  return gaps;
}

function docNumberMissing(n: DocNumber | null): string {
  const parts: string[] = [];
  if (!n?.agency.trim()) parts.push('机关代字');
  if (n?.year === null || n?.year === undefined) parts.push('年份');
  if (n?.serial === null || n?.serial === undefined) parts.push('序号');
  return parts.join('、');
}
