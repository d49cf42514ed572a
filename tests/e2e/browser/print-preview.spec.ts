import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { screenshotPath } from '../e2e-env';
import { createPlan, openAs } from './editor-helpers';

test('打印预览 shows the pages of the PDF one by one with navigation; 导出 PDF downloads them', async ({ browser, request }) => {
  const planId = await createPlan(request, '丁旗');
  const { ctx, page } = await openAs(browser, planId, ['钱七', '旗市场监督管理局', '#2e86c1'], { acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word' });
  await dialog.getByLabel(/红头文件/).check();
  await dialog.getByLabel(/附任务分解表/).check();
  await dialog.getByRole('button', { name: '打印预览' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  const position = preview.getByText(/^第 \d+ \/ \d+ 页$/);
  await expect(position).toHaveText(/^第 1 \/ \d+ 页$/, { timeout: 30_000 });
  const total = Number(/\/ (\d+) 页/.exec((await position.textContent()) ?? '')![1]);
  // The preview has the pages the dialog's estimate announces (both from the exporter's layout).
  const layout = dialog.getByLabel('页面预估');
  await expect(layout).toContainText(`预计共 ${total} 页`);
  expect(total).toBeGreaterThan(2);
  const sheet = preview.getByRole('img', { name: '第 1 页' });
  await expect(sheet).toContainText('丁旗人民政府文件'); // the 版头's 标志
  await expect(sheet).toContainText('丁旗2026年推进质量强旗工作行动计划');
  await expect(sheet).toContainText('— 1 —');
  await page.screenshot({ path: screenshotPath('print-preview.png') });
  await expect(preview.getByRole('button', { name: '上一页' })).toBeDisabled();
  await preview.getByRole('button', { name: '下一页' }).click();
  await expect(preview.getByText(`第 2 / ${total} 页`)).toBeVisible();
  await expect(preview.getByRole('img', { name: '第 2 页' })).toContainText('— 2 —');
  // The keyboard pages too; the last page is the landscape 任务分解表 or the 版记 page.
  await preview.press('ArrowLeft');
  await expect(preview.getByText(`第 1 / ${total} 页`)).toBeVisible();
  for (let i = 1; i < total; i++) await preview.getByRole('button', { name: '下一页' }).click();
  await expect(preview.getByText(`第 ${total} / ${total} 页`)).toBeVisible();
  await expect(preview.getByRole('button', { name: '下一页' })).toBeDisabled();
  await preview.getByRole('button', { name: '关闭预览' }).click();
  await expect(preview).toBeHidden();

  // A 文件 with 公文体检 errors asks once before it is exported (a draft would not).
  await dialog.getByRole('button', { name: '导出 PDF' }).click();
  const ask = page.getByRole('dialog', { name: '仍要导出正式文件？' });
  const [pdf] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: '仍要导出' }).click()]);
  expect(pdf.suggestedFilename()).toBe('丁旗2026年推进质量强旗工作行动计划.pdf');
  const file = (await pdf.path())!;
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${total}\\n`));
  expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('丁旗人民政府文件');
  await ctx.close();
});
