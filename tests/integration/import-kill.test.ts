import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPath } from '../../main/common/api/api-routes';
import { deepPlanBody, docxOf, documentXml } from '../unit/import/helpers/hostile-docx';
import { eventually, removeDir, tempDataDir } from './helpers/server-harness';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process';

const TOKEN = 'import-kill-token-0123456789';
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function start(port: number, dataDir: string): Promise<ServerProcess> {
  // Limits raised so a plan of 990 sections (990+ documents to write) is accepted.
  const p = await startServerProcess({ port, dataDir, token: TOKEN, extra: ['--import-max-sections', '5000', '--import-max-items', '50000'] });
  cleanup.push(() => p.kill());
  return p;
}

function entries(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('kill test: SIGKILL the server while it creates an imported plan', () => {
  it('leaves no half-written plan, and the restarted server starts clean', async () => {
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const plansDir = path.join(dataDir, 'plans');
    const port = await freePort();
    let server = await start(port, dataDir);
    const docx = docxOf(documentXml(deepPlanBody(90, 10)));
    const upload = fetch(`${server.url}${apiPath('importPlan', {})}`, {
      method: 'POST', body: docx as Uint8Array<ArrayBuffer>,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream', 'X-File-Name': 'big.docx' },
    }).catch(() => null);
    // The moment anything of the new plan appears on disk, the server dies.
    await eventually(() => expect(entries(plansDir).length).toBeGreaterThan(0), 120_000);
    await server.kill();
    expect(await upload).toBeNull();
    const atKill = entries(plansDir);

    server = await start(port, dataDir);
    // What is left is whole plans only: every directory has its plan document (here: none at all).
    for (const e of entries(plansDir)) expect(existsSync(path.join(plansDir, e, '_plan.ydoc')), `${e} of ${atKill.join(', ')}`).toBe(true);
    expect(entries(plansDir).filter((e) => e.startsWith('.'))).toEqual([]);
    const list = (await (await fetch(`${server.url}/api/plans`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { plans: unknown[]; broken: unknown[] };
    expect(list.broken).toEqual([]);
    expect(list.plans.length).toBe(entries(plansDir).length);

    // And the same import, uninterrupted, creates the whole plan.
    const res = await fetch(`${server.url}${apiPath('importPlan', {})}`, {
      method: 'POST', body: docx as Uint8Array<ArrayBuffer>,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream', 'X-File-Name': 'big.docx' },
    });
    expect(res.status).toBe(201);
    const { plan } = (await res.json()) as { plan: { id: string } };
    expect(readdirSync(path.join(plansDir, plan.id)).length).toBeGreaterThan(900);
  }, 300_000);
});
