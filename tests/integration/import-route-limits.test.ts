import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../main/common/api/contracts';
import { apiPath } from '../../main/common/api/api-routes';
import { docxOf, documentXml, paragraphXml, planBody } from '../unit/import/helpers/hostile-docx';
import { removeDir, startServer, type Harness } from './helpers/server-harness';

/** Paragraphs that each open a section: what made the server write one file per paragraph. */
function headingsDocx(count: number): Uint8Array {
  const body: string[] = [paragraphXml('某县2025年质量强县行动计划')];
  for (let i = 0; i < count; i++) body.push(paragraphXml(`一、第${i}部分`));
  return docxOf(documentXml(body.join('')));
}

function upload(h: Harness, bytes: Uint8Array, fileName: string): Promise<Response> {
  return h.api(apiPath('importPlan', {}), {
    method: 'POST', body: bytes as Uint8Array<ArrayBuffer>,
    headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(fileName) },
  });
}

/** GET /api/info over and over while `pending` runs: how many answers came back before it settled. */
async function infoAnswersDuring(h: Harness, pending: Promise<Response>): Promise<{ answers: number; res: Response }> {
  let done = false;
  const settled = pending.finally(() => { done = true; });
  let answers = 0;
  while (!done) {
    const info = await Promise.race([h.api('/api/info'), settled.then(() => null)]);
    if (info && !done) {
      expect(info.status).toBe(200);
      answers++;
    }
  }
  return { answers, res: await settled };
}

function planDirEntries(h: Harness): string[] {
  try {
    return readdirSync(path.join(h.dataDir, 'plans'));
  } catch {
    return [];
  }
}

async function expectRefused(res: Response, status: number, message: RegExp): Promise<void> {
  expect(res.status).toBe(status);
  expect(ErrorBodySchema.parse(await res.json()).error.message).toMatch(message);
}

describe('POST /api/import within its budget', () => {
  let h: Harness;
  let generous: Harness;
  beforeAll(async () => {
    h = await startServer();
    // Limits raised so that only the time budget stops a heavy import.
    generous = await startServer(undefined, {
      importLimits: { maxParagraphs: 1_000_000, maxSections: 1_000_000, maxItems: 1_000_000, maxInflatedBytes: 256 * 1024 * 1024, timeoutMs: 3000 },
    });
  });
  afterAll(async () => {
    await h.stop();
    await generous.stop();
    removeDir(h.dataDir);
    removeDir(generous.dataDir);
  });

  it('a .docx of 30,000 headings is refused by the paragraph limit, and nothing is written', async () => {
    // Before: every heading became a section and a file (111,668 of them from a 183 KB .docx).
    const res = await upload(h, headingsDocx(30_000), 'many-headings.docx');
    await expectRefused(res, 400, /段落过多（超过 20000 段）/);
    expect(planDirEntries(h)).toEqual([]);
    expect(h.logs.some((l) => /refused: more than 20000 paragraphs/.test(l))).toBe(true);
  });

  it('the server answers /api/info while a heavy import runs, and the import stops at its time budget', async () => {
    const { answers, res } = await infoAnswersDuring(generous, upload(generous, headingsDocx(200_000), 'heavy.docx'));
    // The parse runs in a worker: the event loop answered meanwhile (before, it answered nothing until the parse ended).
    expect(answers).toBeGreaterThan(0);
    await expectRefused(res, 422, /导入超时（超过 3 秒）/);
    expect(planDirEntries(generous)).toEqual([]);
    expect(generous.logs.some((l) => /did not finish within 3000 ms; the worker was terminated/.test(l))).toBe(true);
  });

  it('an import within the limits still creates the plan, all its documents at once', async () => {
    const res = await upload(h, docxOf(documentXml(planBody(3, 4))), 'plan.docx');
    expect(res.status).toBe(201);
    const { plan } = (await res.json()) as { plan: { id: string } };
    const files = readdirSync(path.join(h.dataDir, 'plans', plan.id));
    expect(files).toContain('_plan.ydoc');
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(planDirEntries(h)).toEqual([plan.id]);
  });
});
