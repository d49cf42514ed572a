import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../main/common/api/contracts';
import { paragraphTexts } from '../unit/docx/docx-kit';
import { createPlan, removeDir, startServer, type Harness } from './helpers/server-harness';

let h: Harness;
let planId: string;
beforeAll(async () => {
  h = await startServer();
  planId = await createPlan(h, '鄂托克前旗', 2025);
});
afterAll(async () => {
  await h.stop();
  removeDir(h.dataDir);
});

async function refused(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  const body = ErrorBodySchema.parse(await res.json());
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  return body.error.message;
}

describe('GET /api/plans/:id/export.docx', () => {
  it('returns the plan as a .docx with a UTF-8 file name', async () => {
    const res = await h.api(`/api/plans/${planId}/export.docx?redHead=1&taskTable=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('鄂托克前旗2025年推进质量强旗工作行动计划.docx')}`);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const doc = strFromU8(files['word/document.xml']!);
    const texts = paragraphTexts(doc).filter(Boolean);
    expect(texts[0]).toBe('鄂托克前旗人民政府文件');
    expect(texts).toContain('鄂托克前旗2025年推进质量强旗工作行动计划');
    expect(doc).toContain('w:orient="landscape"'); // the generated 任务分解表
    expect(strFromU8(files['word/fontTable.xml']!)).toContain('<w:altName w:val="仿宋"/>');
  });

  it('refuses unknown options, bad flag values and a notice the plan does not have', async () => {
    expect(await refused(await h.api(`/api/plans/${planId}/export.docx?redhead=1`), 400)).toContain('redhead');
    await refused(await h.api(`/api/plans/${planId}/export.docx?redHead=yes`), 400);
    await refused(await h.api(`/api/plans/${planId}/export.docx?lineMode=tight`), 400);
    expect(await refused(await h.api(`/api/plans/${planId}/export.docx?notice=1`), 400)).toBe('该计划没有印发通知，无法按“印发通知”导出。');
  });

  it('needs the token and a real plan', async () => {
    expect((await h.api(`/api/plans/${planId}/export.docx`, { token: 'wrong' })).status).toBe(401);
    await refused(await h.api('/api/plans/p-doesnotexist/export.docx'), 404);
  });
});

describe('GET /api/plans/:id/task-table.(xlsx|docx)', () => {
  it('returns the 任务分解表 as .xlsx and .docx', async () => {
    const x = await h.api(`/api/plans/${planId}/task-table.xlsx`);
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = strFromU8(unzipSync(new Uint8Array(await x.arrayBuffer()))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t xml:space="preserve">完成时限</t>');
    expect(sheet).toContain('旗市场监督管理局');
    const d = await h.api(`/api/plans/${planId}/task-table.docx`);
    expect(d.status).toBe(200);
    const doc = strFromU8(unzipSync(new Uint8Array(await d.arrayBuffer()))['word/document.xml']!);
    expect(doc).toContain('w:orient="landscape"');
    expect(paragraphTexts(doc)).toContain('序号');
  });

  it('refuses unknown parameters', async () => {
    await refused(await h.api(`/api/plans/${planId}/task-table.xlsx?format=csv`), 400);
  });
});
