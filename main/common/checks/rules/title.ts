import type { Finding } from '../finding';
import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'title', source: 'GB/T 9704 7.3.1' } as const;

/** Marks a title must not end with (a closing 》 or ） is part of a name and stays). */
const END_PUNCT = /[。，、；：！？,.;:!?]+$/;

function checkTitle(text: string, field: 'title' | 'noticeTitle', label: string, out: Finding[]): void {
  if (!text.trim()) {
    // 条例 第九条（四）: a 公文 has a 标题.
    out.push(findingOf(RULE, 'error', `${label}为空：请填写${label}（发文机关＋事由＋文种）。`, { field }, undefined, '党政机关公文处理工作条例 第九条'));
    return;
  }
  const trimmed = text.replace(/\s+$/, '');
  const m = END_PUNCT.exec(trimmed);
  if (m) {
    // GB/T 9704 7.3.1: 标题 "一般不用标点符号" apart from 书名号 — a recommendation, hence a warning.
    const start = m.index;
    const end = trimmed.length;
    out.push(findingOf(RULE, 'warning', `${label}末尾不加标点符号：删除“${m[0]}”。`, { field, start, end }, {
      kind: 'replace-text', label: `删除末尾的“${m[0]}”`, start, end, text: '',
    }));
  }
}

/** 标题 present and without end punctuation, for the plan and its 印发通知 (书名号 balance: unbalanced-brackets). */
export const title: MetaRule = {
  id: 'title',
  title: '标题',
  source: RULE.source,
  scope: 'meta',
  check(plan) {
    const out: Finding[] = [];
    checkTitle(plan.meta.title, 'title', '标题', out);
    if (plan.notice) checkTitle(plan.notice.title, 'noticeTitle', '通知标题', out);
    return out;
  },
};
