import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_CORRUPT_REASON } from '../../main/common/api/refusal-reasons';
import { DocNames } from '../../main/common/collab/doc-names';
import { createPlan, removeDir, startServer, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { createClient } from './helpers/yjs-client';

let h: Harness | null = null;
afterEach(async () => {
  if (h) {
    await h.stop();
    removeDir(h.dataDir);
    h = null;
  }
});

describe('a corrupt file in the data dir', () => {
  it.each([
    ['garbage bytes', Buffer.from('this is not a yjs document at all')],
    ['a truncated state', null],
  ])('(%s) gives a clear error for that plan only; the server stays up and other plans are untouched', async (_n, bytes) => {
    h = await startServer();
    const good = await createPlan(h, '甲县');
    const bad = await createPlan(h, '乙县');
    const goodBefore = await (await h.api(`/api/plans/${good}`)).text();
    const badFile = path.join(h.dataDir, 'plans', bad, '_plan.ydoc');
    const original = await fs.readFile(badFile);
    await fs.writeFile(badFile, bytes ?? original.subarray(0, Math.floor(original.length / 2)));
    const goodFilesBefore = await fs.readdir(path.join(h.dataDir, 'plans', good));

    const res = await h.api(`/api/plans/${bad}`);
    expect(res.status).toBe(500);
    const err = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('plan-corrupt');
    expect(err.message).toContain('已损坏');

    const list = (await (await h.api('/api/plans')).json()) as { plans: Array<{ id: string }>; broken: Array<{ id: string; message: string }> };
    expect(list.plans.map((p) => p.id)).toContain(good);
    expect(list.broken.map((b) => b.id)).toEqual([bad]);

    // A WebSocket client asking for the corrupt plan is refused; the server stays up.
    const c = createClient(h.server.wsUrl, TEST_TOKEN);
    const opened = await c.open(DocNames.plan(bad));
    // The refusal itself reaches the client (the reason the renderer shows), so wait on it, not on a delay.
    expect(await opened.failed).toBe(DOCUMENT_CORRUPT_REASON);
    expect(opened.provider.isSynced).toBe(false);
    c.destroy();

    expect(await (await h.api(`/api/plans/${good}`)).text()).toBe(goodBefore);
    expect(await fs.readdir(path.join(h.dataDir, 'plans', good))).toEqual(goodFilesBefore);
    // The corrupt file itself is not overwritten.
    expect((await fs.readFile(badFile)).length).toBe(bytes ? bytes.length : Math.floor(original.length / 2));
    expect(h.logs.some((l) => l.includes('corrupt') || l.includes('cannot be'))).toBe(true);
  });
});
