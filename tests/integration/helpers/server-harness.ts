import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiPath } from '../../../main/common/api/api-routes';
import type { Invite } from '../../../main/common/api/share-contract';
import { createSyncServer, type SyncServer, type SyncServerOptions } from '../../../main/node/server/create-sync-server';
import { createLogger } from '../../../main/node/server/logger';
import { TemplateLibrary } from '../../../main/node/templates/template-library';

export const TEST_TOKEN = 'integration-token-0123456789';
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates', import.meta.url));

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'plan-studio-it-'));
}

export interface Harness {
  server: SyncServer;
  dataDir: string;
  logs: string[];
  api(pathname: string, init?: RequestInit & { token?: string }): Promise<Response>;
  stop(): Promise<void>;
}

/** A real server on 127.0.0.1, port 0, a temp (or given) data dir, quiet logs captured for assertions. */
export async function startServer(dataDir = tempDataDir(), extra: Partial<SyncServerOptions> = {}): Promise<Harness> {
  const logger = createLogger(true);
  const server = await createSyncServer({
    host: '127.0.0.1', port: 0, dataDir, token: TEST_TOKEN,
    templates: await TemplateLibrary.load(TEMPLATES_DIR),
    staticDir: null, logger, maxDebounceMs: 200, prewarmImportWorker: false, ...extra, debounceMs: extra.debounceMs ?? 50,
  });
  return {
    server, dataDir, logs: logger.lines,
    api(pathname, init = {}) {
      const { token = TEST_TOKEN, headers, ...rest } = init;
      return fetch(server.url + pathname, { ...rest, headers: { Authorization: `Bearer ${token}`, ...(headers as Record<string, string>) } });
    },
    stop: () => server.close(),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function createPlan(h: Harness, region = '鄂托克前旗', year = 2025): Promise<string> {
  const res = await h.api('/api/plans', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'county-quality-action-plan', region, year }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { plan: { id: string } }).plan.id;
}

/**
 * Poll until the assertion holds (network delivery is asynchronous). The timeout only bounds a failing
 * test: a passing one returns as soon as the condition holds, so it is generous for a loaded CI machine.
 */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Names of the documents of a plan that a server still holds in memory (loaded, or unloading). */
export function loadedDocumentsOf(h: Harness, planId: string): string[] {
  return [...h.server.server.hocuspocus.documents.keys()].filter((name) => name === `plan:${planId}` || name.startsWith(`plan:${planId}:`));
}

/** An invite of the plan (POST createInvite), failing the test unless the server created it. */
export async function createInvite(h: Harness, planId: string, body: object): Promise<Invite> {
  const res = await h.api(apiPath('createInvite', { planId }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`invite not created: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { invite: Invite }).invite;
}

export type Cleanup = Array<() => Promise<void> | void>;

/**
 * A test file's cleanup list, run after each test (last registered first), and a server factory whose server
 * stops and whose data directory goes when the test ends. Call once at the top of a test file.
 */
export function serverPerTest(): { cleanup: Cleanup; server(): Promise<Harness> } {
  const cleanup: Cleanup = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });
  return {
    cleanup,
    async server() {
      const h = await startServer();
      cleanup.push(() => removeDir(h.dataDir));
      cleanup.push(() => h.stop());
      return h;
    },
  };
}
