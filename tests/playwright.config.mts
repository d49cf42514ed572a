import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
import { E2E_PORT, E2E_TOKEN } from './e2e/e2e-env';
const dataDir = mkdtempSync(path.join(tmpdir(), 'plan-studio-e2e-'));

/**
 * Browser e2e tests run Debian's Chromium (/usr/bin/chromium; Playwright downloads no browser here)
 * against the standalone server serving the built renderer, exactly what `npm run web` starts.
 */
export default defineConfig({
  testDir: path.join(root, 'tests/e2e'),
  outputDir: path.join(root, 'test-results'),
  // A bound for a failing test only: a passing one ends as soon as its conditions hold (CI machines are busy).
  timeout: 120_000,
  workers: 1,
  reporter: process.env.PW_JSON ? [['json', { outputFile: process.env.PW_JSON }], ['list']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'browser', testMatch: /e2e\/browser\/.*\.spec\.ts/ },
    { name: 'electron', testMatch: /e2e\/electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite build --config renderer/vite.config.mts --logLevel warn && npx tsx main/node/cli/server-main.ts --host 127.0.0.1 --port ${E2E_PORT} --data-dir ${dataDir} --token ${E2E_TOKEN}`,
    cwd: root,
    url: `http://127.0.0.1:${E2E_PORT}/api/info`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
