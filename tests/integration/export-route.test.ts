import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../main/common/api/contracts';
import { ExportPreviewSchema } from '../../main/common/api/export-contract';
import { DocNames } from '../../main/common/collab/doc-names';
import { PlanDoc } from '../../main/common/collab/plan-doc';
import { paragraphTexts } from '../unit/docx/docx-kit';
import { createPlan, eventually, removeDir, startServer, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { createClient, synced } from './helpers/yjs-client';

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

  it('takes what the request leaves out from the plan\'s template (质量强县实施方案: a 红头 印发通知)', async () => {
    const res = await h.api('/api/plans', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: 'quality-county-implementation', region: '鄂托克前旗', year: 2025, issuer: '鄂托克前旗人民政府' }),
    });
    const id = ((await res.json()) as { plan: { id: string } }).plan.id;
    const textsOf = async (q: string) => paragraphTexts(strFromU8(unzipSync(new Uint8Array(await (await h.api(`/api/plans/${id}/export.docx${q}`)).arrayBuffer()))['word/document.xml']!)).filter(Boolean);
    const byDefault = await textsOf('');
    expect(byDefault[0]).toBe('鄂托克前旗人民政府文件');
    expect(byDefault.some((t) => t.startsWith('鄂托克前旗人民政府关于印发'))).toBe(true);
    const asked = await textsOf('?redHead=0&notice=0');
    expect(asked[0]).not.toBe('鄂托克前旗人民政府文件');
    expect(asked.some((t) => t.startsWith('鄂托克前旗人民政府关于印发'))).toBe(false);
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

describe('GET /api/plans/:id/export.pdf', () => {
  it('returns the plan as a PDF with the options of export.docx, fonts embedded', async () => {
    const res = await h.api(`/api/plans/${planId}/export.pdf?redHead=1&taskTable=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('鄂托克前旗2025年推进质量强旗工作行动计划.pdf')}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'export-pdf-'));
    const file = path.join(dir, 'plan.pdf');
    writeFileSync(file, bytes);
    const preview = ExportPreviewSchema.parse(await (await h.api(`/api/plans/${planId}/export-preview?redHead=1&taskTable=1`)).json());
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${preview.layout.pages}\\n`));
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('鄂托克前旗人民政府文件');
    expect(text).toContain('鄂托克前旗2025年推进质量强旗工作行动计划');
    removeDir(dir);
  });

  it('refuses bad options with a Chinese message, like export.docx', async () => {
    expect(await refused(await h.api(`/api/plans/${planId}/export.pdf?redhead=1`), 400)).toContain('redhead');
    await refused(await h.api(`/api/plans/${planId}/export.pdf?duplex=maybe`), 400);
    await refused(await h.api(`/api/plans/${planId}/export.pdf?lineMode=tight`), 400);
    expect(await refused(await h.api(`/api/plans/${planId}/export.pdf?notice=1`), 400)).toBe('该计划没有印发通知，无法按“印发通知”导出。');
    expect((await h.api(`/api/plans/${planId}/export.pdf`, { token: 'wrong' })).status).toBe(401);
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

describe('GET /api/plans/:id/export-preview', () => {
  const preview = async (query: string) => {
    const res = await h.api(`/api/plans/${planId}/export-preview?${query}`);
    expect(res.status).toBe(200);
    return ExportPreviewSchema.parse(await res.json());
  };

  it('tells the pages and the fonts before anything is written', async () => {
    const p = await preview('redHead=1');
    expect(p.layout.pages).toBeGreaterThanOrEqual(2);
    expect(p.layout.segmentStarts[0]).toBe(1);
    expect(p.layout.imprintPage).toBeNull(); // a new plan has no 抄送 or 印发机关 yet
    expect(p.fonts.map((f) => f.name)).toEqual(expect.arrayContaining(['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312']));
    // The task table adds landscape pages.
    expect((await preview('redHead=1&taskTable=1')).layout.pages).toBeGreaterThan(p.layout.pages);
    // A simplified plan: every character has its glyph, no 繁体.
    expect(p.glyphs).toEqual({ gaps: [], checked: true, traditional: { count: 0, sample: [] } });
  });

  it('puts the 版记 on an even page when printed on both sides, on the last page when not', async () => {
    // Give the plan a 版记 the way the editor does: through the plan document.
    const client = createClient(h.server.wsUrl, TEST_TOKEN);
    try {
      const { provider, doc } = await client.open(DocNames.plan(planId));
      await synced(provider);
      doc.transact(() => {
        PlanDoc.setMeta(doc, 'copyTo', ['县委办公室', '县人大常委会办公室']);
        PlanDoc.setMeta(doc, 'printer', '鄂托克前旗人民政府办公室');
      });
      await eventually(async () => expect((await preview('duplex=1')).layout.imprintPage).not.toBeNull());
    } finally {
      client.destroy();
    }
    const duplex = (await preview('duplex=1')).layout;
    expect(duplex.duplex).toBe(true);
    expect(duplex.imprintPage! % 2).toBe(0);
    expect(duplex.imprintPage).toBe(duplex.pages);
    const simplex = (await preview('duplex=0')).layout;
    expect(simplex.duplex).toBe(false);
    expect(simplex.imprintPage).toBe(simplex.pages);
    expect(simplex.unnumberedPages).toEqual([]);
    // The .docx follows the same option: one-sided has no even-page or unnumbered 版记 section.
    const doc = strFromU8(unzipSync(new Uint8Array(await (await h.api(`/api/plans/${planId}/export.docx?duplex=0`)).arrayBuffer()))['word/document.xml']!);
    expect(doc).not.toContain('w:val="evenPage"');
    expect(doc).toContain('抄送：县委办公室，县人大常委会办公室。');
  });

  it('refuses bad options like the export does', async () => {
    await refused(await h.api(`/api/plans/${planId}/export-preview?duplex=maybe`), 400);
    await refused(await h.api(`/api/plans/${planId}/export-preview?pages=3`), 400);
    expect((await h.api(`/api/plans/${planId}/export-preview`, { token: 'wrong' })).status).toBe(401);
  });
});
