/** Shared by the Playwright config (which starts the server) and the specs (which log in). */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 18080);
export const E2E_TOKEN = 'e2e-test-token-0123456789';
export const e2eUrl = (path = '/') => `http://127.0.0.1:${E2E_PORT}${path}`;

/**
 * Where e2e screenshots go: test-results/screenshots (ignored by git), so a test run leaves the tree
 * clean. `npm run screenshots` sets PLAN_STUDIO_SCREENSHOTS=docs/screenshots to refresh the README's.
 */
export const screenshotPath = (name: string) => `${process.env['PLAN_STUDIO_SCREENSHOTS'] ?? 'test-results/screenshots'}/${name}`;
