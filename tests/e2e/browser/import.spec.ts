import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { E2E_TOKEN } from '../e2e-env';

const seed004 = fileURLToPath(new URL('../../../seeds/004_c4e12caab4fdde4e.txt', import.meta.url));

test('importing a seed .txt shows what was recognised and opens the new plan', async ({ page }) => {
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({ name: '鄂托克前旗方案.txt', mimeType: 'text/plain', buffer: readFileSync(seed004) });
  const dialog = page.getByRole('dialog', { name: '导入结果' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toContainText('鄂托克前旗推进质量强旗实施方案');
  await expect(dialog.locator('.import-counts')).toContainText('项措施');
  await dialog.getByRole('button', { name: '打开计划' }).click();
  await expect(page).toHaveURL(/#\/plan\/p-/);
  await expect(page.getByRole('button', { name: /（一）实施质量提升战略.增强质量竞争力/ })).toBeVisible();
});

test('a web page saved from Word (.htm) imports as a document, as its text does', async ({ page }) => {
  const seedText = readFileSync(seed004, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // Word's "另存为网页": MsoNormal paragraphs, the source wrapped mid-sentence.
  const page004 = `<html><head><meta charset=utf-8></head><body>${seedText.map((l) => `<p class=MsoNormal><span>${esc(l).replace(/(.{50})/g, '$1\n')}</span></p>`).join('\n')}</body></html>`;
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({ name: '鄂托克前旗方案.htm', mimeType: 'text/html', buffer: Buffer.from(page004) });
  const dialog = page.getByRole('dialog', { name: '导入结果' });
  await expect(dialog.getByRole('heading')).toContainText('鄂托克前旗推进质量强旗实施方案');
  await expect(dialog).toContainText('原文是网页文件（HTML）');
  await dialog.getByRole('button', { name: '打开计划' }).click();
  await expect(page.getByRole('button', { name: /（一）实施质量提升战略.增强质量竞争力/ })).toBeVisible();
});

test('a file that is not a plan gets a Chinese message and creates nothing', async ({ page, request }) => {
  const count = async () => {
    const res = await request.get('/api/plans', { headers: { Authorization: `Bearer ${E2E_TOKEN}` } });
    return ((await res.json()) as { plans: unknown[] }).plans.length;
  };
  await page.goto(`/?token=${E2E_TOKEN}`);
  const before = await count();
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
  await page.getByTestId('import-file').setInputFiles({ name: 'garbage.docx', mimeType: 'application/octet-stream', buffer: garbage });
  await expect(page.getByRole('alert')).toContainText(/[\u4e00-\u9fff]/);
  expect(await count()).toBe(before);
});

test('a Word 97–2003 .doc imports, and the report says what of it was not read', async ({ page }) => {
  // A district's .docx saved as .doc (tests/fixtures/doc/README.md).
  const doc = readFileSync(fileURLToPath(new URL('../../fixtures/doc/lishan-2023-fengong.doc', import.meta.url)));
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({ name: '立山区分工方案.doc', mimeType: 'application/msword', buffer: doc });
  const dialog = page.getByRole('dialog', { name: '导入结果' });
  await expect(dialog.getByRole('heading')).toContainText('立山区政府2023年重点工作任务分解和责任分工方案');
  await expect(dialog).toContainText('原文是旧版 Word 文档（.doc）');
  await dialog.getByRole('button', { name: '打开计划' }).click();
  await expect(page).toHaveURL(/#\/plan\/p-/);
});

test('a PDF is refused before upload with advice', async ({ page }) => {
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({ name: '旧文件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await expect(page.getByRole('alert')).toContainText('另存为 .docx');
});

test('an Excel 任务分解表 (.xlsx) imports: its rows become measures with their units', async ({ page }) => {
  // A made-up task table saved by LibreOffice Calc (tests/fixtures/excel/README.md).
  const xlsx = readFileSync(fileURLToPath(new URL('../../fixtures/excel/qinghe-task-table.xlsx', import.meta.url)));
  await page.goto(`/?token=${E2E_TOKEN}`);
  await expect(page.getByLabel('导入文件')).toContainText('Excel/WPS 表格的任务分解表（.xlsx、.xls、.et）');
  await page.getByTestId('import-file').setInputFiles({ name: '青禾县任务分解表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  const dialog = page.getByRole('dialog', { name: '导入结果' });
  await expect(dialog.getByRole('heading')).toContainText('青禾县2025年质量强县工作任务分解表');
  await expect(dialog).toContainText('原文是 Excel 表格（.xlsx）');
  await dialog.getByRole('button', { name: '打开计划' }).click();
  await expect(page).toHaveURL(/#\/plan\/p-/);
  await expect(page.getByText('推动企业主导或参与制定团体标准5项以上').first()).toBeVisible();
});

test('an Excel 97–2003 .xls imports as its .xlsx does; a broken one gets a Chinese message', async ({ page }) => {
  const xls = readFileSync(fileURLToPath(new URL('../../fixtures/excel/qinghe-task-table.xls', import.meta.url)));
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({ name: '青禾县任务分解表.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
  const dialog = page.getByRole('dialog', { name: '导入结果' });
  await expect(dialog).toContainText('原文是 Excel 表格（.xls）');
  await expect(dialog).toContainText('4 项措施');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: '坏表.xls', mimeType: 'application/vnd.ms-excel', buffer: xls.subarray(0, 3000) });
  await expect(page.getByRole('alert')).toContainText('另存为 .xlsx');
});

test('a WPS 表格 .et in Excel\'s container imports as the .xls does', async ({ page }) => {
  const xls = readFileSync(fileURLToPath(new URL('../../fixtures/excel/qinghe-task-table.xls', import.meta.url)));
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByTestId('import-file').setInputFiles({ name: '青禾县任务分解表.et', mimeType: 'application/octet-stream', buffer: xls });
  const dialog = page.getByRole('dialog', { name: '导入结果' });
  await expect(dialog).toContainText('原文是 WPS 表格（.et，Excel 兼容格式）');
  await expect(dialog).toContainText('4 项措施');
});
