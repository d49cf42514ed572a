import type { StatesFileImportResponse } from '../../../main/common/api/states-file-contract';
import { ApiError, type ApiClient } from '../api/api-client';

export type StatesFileStep =
  | { kind: 'confirm-merge'; planId: string; title: string; contents: unknown }
  | { kind: 'done'; result: StatesFileImportResponse };

/** Read a .planfile; if its plan is already here, ask before merging (the caller shows the question). */
export async function openStatesFile(api: ApiClient, file: File): Promise<StatesFileStep> {
  const text = await file.text();
  let head: { planId?: unknown; title?: unknown } | null;
  try {
    head = JSON.parse(text) as typeof head;
  } catch {
    throw new ApiError(400, `“${file.name}”不是有效的计划文件（内容已损坏）。`, 'states file is not JSON');
  }
  const planId = typeof head?.planId === 'string' ? head.planId : '';
  if (planId && (await api.planExists(planId))) {
    return { kind: 'confirm-merge', planId, title: typeof head?.title === 'string' ? head.title : planId, contents: head };
  }
  return { kind: 'done', result: await api.uploadStatesFile(head) };
}

export function mergeSummary(r: StatesFileImportResponse): string {
  const merged = r.docs.filter((d) => d.status === 'merged').length;
  const created = r.docs.filter((d) => d.status === 'created').length;
  const same = r.docs.filter((d) => d.status === 'unchanged').length;
  if (r.created) return `已打开计划“${r.title}”（${r.docs.length} 个文档）。`;
  return `已合并到现有计划“${r.title}”：${merged} 个部分合并了新的修改，${created} 个部分为新增，${same} 个部分没有变化。双方的修改都已保留。`;
}
