import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { createPlan, openAs } from './editor-helpers';
import { screenshotPath } from '../e2e-env';

test('导出 Word downloads a GB/T 9704 .docx of the plan; the task table exports alone as .xlsx', async ({ browser, request }) => {
  const planId = await createPlan(request, '丙旗');
  const { ctx, page } = await openAs(browser, planId, ['赵六', '旗市场监督管理局', '#c0392b'], { acceptDownloads: true });
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word' });
  // The dialog tells the pages before exporting, and follows the options.
  const layout = dialog.getByLabel('页面预估');
  await expect(layout).toContainText(/预计共 \d+ 页（双面印刷）/);
  await dialog.getByLabel(/双面印刷/).uncheck();
  await expect(layout).toContainText('单面印刷');
  await dialog.getByLabel(/双面印刷/).check();
  await dialog.getByLabel(/红头文件/).check();
  const pages = async () => Number(/共 (\d+) 页/.exec((await layout.textContent()) ?? '')?.[1] ?? NaN);
  await expect.poll(pages).toBeGreaterThan(0);
  const withoutTable = await pages();
  await dialog.getByLabel(/附任务分解表/).check();
  await expect.poll(pages).toBeGreaterThan(withoutTable); // the landscape 任务分解表 adds pages
  await dialog.getByText('字体说明').click();
  await expect(dialog.getByRole('cell', { name: '仿宋_GB2312' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('export-dialog.png') });

  // A 文件 with 公文体检 errors (a new plan has no 文号 or 成文日期 yet) asks once before it is exported.
  await dialog.getByRole('button', { name: '导出 Word', exact: true }).click();
  const ask = page.getByRole('dialog', { name: '仍要导出正式文件？' });
  await expect(ask).toContainText('公文体检发现');
  const [docx] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: '仍要导出' }).click()]);
  expect(docx.suggestedFilename()).toBe('丙旗2026年推进质量强旗工作行动计划.docx');
  const files = unzipSync(new Uint8Array(readFileSync((await docx.path())!)));
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).toContain('丙旗2026年推进质量强旗工作行动计划');
  expect(xml).toContain('w:orient="landscape"'); // the task table attachment
  expect(xml).toMatch(/FF0000|E00000/i); // the red 版头
  await expect(dialog.getByRole('status')).toContainText('已导出');

  const [xlsx] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '任务分解表（Excel）' }).click()]);
  const sheet = unzipSync(new Uint8Array(readFileSync((await xlsx.path())!)));
  expect(Object.keys(sheet)).toContain('xl/workbook.xml');
  const cells = Object.entries(sheet).filter(([n]) => n.startsWith('xl/')).map(([, b]) => strFromU8(b)).join('');
  expect(cells).toContain('提升产品质量');
  await ctx.close();
});
