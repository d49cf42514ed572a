import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The electron package installs without its binary on machines that cannot download it (this project's
 * CI among them). Find the binary the way the package would, without require('electron') (which would
 * try to download it).
 */
function electronBinary(): string | null {
  const pkg = path.join(root, 'node_modules/electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const reason = 'No Electron binary on this machine (node_modules/electron/dist is empty: the download is not possible here). '
  + 'Run `npm run build && npx playwright test --config tests/playwright.config.mts --project electron` where Electron can be installed.';
if (!binary) console.log(`[electron e2e] SKIPPED: ${reason}`);

test.describe('desktop app', () => {
  test.skip(!binary, reason);

  test('starts the embedded server, shows the home page in Chinese and lists templates', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [path.join(root, 'out/main/index.cjs')], cwd: root });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { name: '计划编制助手' })).toBeVisible();
      await expect(window.locator('.template-card').first()).toBeVisible();
      // The renderer reached the server through the preload bridge, not a token in the URL.
      expect(window.url()).not.toContain('token=');
      const bridgeKeys = await window.evaluate(() => Object.keys((window as unknown as { bridge: object }).bridge));
      expect(bridgeKeys).toEqual(['invoke']);
    } finally {
      await app.close();
    }
  });
});
