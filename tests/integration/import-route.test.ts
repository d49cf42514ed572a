import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../main/common/api/contracts';
import { ImportResponseSchema, MAX_IMPORT_BYTES } from '../../main/common/api/import-contract';
import { parsePlan } from '../../main/common/model/parse-plan';
import { Plan } from '../../main/common/model/plan';
import { seedDocx } from '../unit/import/helpers/seed-docx';
import { seedText } from '../unit/import/helpers/seeds';
import { removeDir, startServer, type Harness } from './helpers/server-harness';
import { apiPath } from '../../main/common/api/api-routes';

let h: Harness;
beforeAll(async () => {
  h = await startServer(undefined, { prewarmImportWorker: true });
});
afterAll(async () => {
  await h.stop();
  removeDir(h.dataDir);
});

function upload(body: Uint8Array | string, fileName: string, headers: Record<string, string> = {}): Promise<Response> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return h.api(apiPath('importPlan', {}), {
    method: 'POST', body: bytes as Uint8Array<ArrayBuffer>,
    headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(fileName), ...headers },
  });
}

async function planCount(): Promise<number> {
  return ((await (await h.api('/api/plans')).json()) as { plans: unknown[] }).plans.length;
}

async function expectRefused(res: Response, status: number): Promise<void> {
  expect(res.status).toBe(status);
  const body = ErrorBodySchema.parse(await res.json());
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
}

describe('POST /api/import', () => {
  it('imports a seed .txt into a new server plan and returns the summary and the report', async () => {
    const before = await planCount();
    const res = await upload(seedText('004_c4e12caab4fdde4e'), '鄂托克前旗实施方案.txt');
    expect(res.status).toBe(201);
    const body = ImportResponseSchema.parse(await res.json());
    expect(body.plan.title).toBe('鄂托克前旗推进质量强旗实施方案');
    expect(body.report.fileName).toBe('鄂托克前旗实施方案.txt');
    expect(body.report.counts).toMatchObject({ measures: 13, targets: 8, attachments: 1 });
    expect(body.report.flags.damagedDocNumber).toBe(true);
    expect(await planCount()).toBe(before + 1);

    const stored = parsePlan(await (await h.api(`/api/plans/${body.plan.id}`)).json());
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(Plan.measures(stored.value)).toHaveLength(13);
    expect(stored.value.meta.docNumber).toEqual({ agency: '鄂前政发', year: 2019, serial: 20 });
  });

  it('imports a .docx and converts traditional characters on request', async () => {
    const res = await upload(await seedDocx(seedText('001_ca82d0a5fedf39b1')), '青海.docx', { 'X-Simplify': '1' });
    expect(res.status).toBe(201);
    const body = ImportResponseSchema.parse(await res.json());
    expect(body.plan.title).toBe('青海省贯彻质量发展纲要2014年行动计划实施方案');
    expect(body.report.flags.simplified).toBe(true);
    expect(body.report.counts.measures).toBe(15);
  });

  it('refuses bad input with a Chinese message and creates nothing', async () => {
    const before = await planCount();
    await expectRefused(await upload('', 'empty.txt'), 400);
    await expectRefused(await upload('随便写的几句话。没有任何结构。', 'prose.txt'), 400);
    await expectRefused(await upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0, 0, 9]), 'broken.docx'), 400);
    await expectRefused(await upload(new Uint8Array(4096).fill(0), 'zeros.txt'), 400);
    expect(await planCount()).toBe(before);
  });

  it('refuses a body over the cap with 413', async () => {
    const before = await planCount();
    const res = await upload(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.txt').catch(() => null);
    // The server may close the socket while a large upload is still being sent; either way nothing is created.
    if (res) await expectRefused(res, 413);
    expect(await planCount()).toBe(before);
  });

  it('requires the token', async () => {
    const res = await h.api(apiPath('importPlan', {}), { method: 'POST', body: 'x', token: 'wrong' });
    expect(res.status).toBe(401);
  });
});
