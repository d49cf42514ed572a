import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocNames } from '../../main/common/collab/doc-names';
import { PlanDeletedError } from '../../main/node/store/document-store';
import { FileStore } from '../../main/node/store/file-store';
import { removeDir, tempDataDir } from './helpers/server-harness';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0).reverse()) fn();
});

function textState(text: string): Uint8Array {
  const d = new Y.Doc();
  d.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(d);
}
function fileStore(): { s: FileStore; planDir: (planId: string) => string } {
  const dir = tempDataDir();
  cleanup.push(() => removeDir(dir));
  return { s: new FileStore(dir), planDir: (planId) => path.join(dir, 'plans', planId) };
}

describe('FileStore: deleted plans', () => {
  it('refuses stores of a deleted plan until it is reopened', async () => {
    const { s, planDir } = fileStore();
    await s.store(DocNames.plan('p-filedel01'), textState('计划'));
    await s.deletePlan('p-filedel01');
    const refused = await s.store(DocNames.body('p-filedel01', 's1'), textState('迟到的写入')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlanDeletedError);
    expect(existsSync(planDir('p-filedel01'))).toBe(false);
    expect(await s.deletedAmong(['p-filedel01', 'p-filekept1'])).toEqual(new Set(['p-filedel01']));
    await s.reopenPlan('p-filedel01');
    await s.store(DocNames.plan('p-filedel01'), textState('恢复'));
    expect(await s.fetch(DocNames.plan('p-filedel01'))).not.toBeNull();
  });

  it('stores already writing when the plan is deleted do not bring its directory back', async () => {
    const { s, planDir } = fileStore();
    for (let round = 0; round < 10; round++) {
      const planId = `p-filerace${round}`;
      await s.store(DocNames.plan(planId), textState('计划'));
      const writes = Array.from({ length: 20 }, (_, i) => s.store(DocNames.body(planId, `s${i}`), textState(`第${i}次写入`)));
      const results = await Promise.allSettled([...writes, s.deletePlan(planId)]);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(PlanDeletedError);
      expect(existsSync(planDir(planId))).toBe(false);
    }
  });
});
