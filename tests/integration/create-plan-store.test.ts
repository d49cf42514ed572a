import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocNames } from '../../main/common/collab/doc-names';
import { PlanDeletedError } from '../../main/node/store/document-store';
import { FileStore } from '../../main/node/store/file-store';
import { PostgresStore } from '../../main/node/store/postgres-store';
import { removeDir, tempDataDir } from './helpers/server-harness';
import { pgQuery, requirePgUrl, uniqueTable } from './helpers/services-env';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function state(text: string): Uint8Array {
  const d = new Y.Doc();
  d.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(d);
}

function planDocs(planId: string, bodies: number): Map<string, Uint8Array> {
  const docs = new Map<string, Uint8Array>([[DocNames.plan(planId), state('plan')]]);
  for (let i = 0; i < bodies; i++) docs.set(DocNames.body(planId, `s-${i}`), state(`body ${i}`));
  return docs;
}

describe('FileStore.createPlan', () => {
  it('writes every document at once, refuses a bad set whole, and start-up removes staging leftovers', async () => {
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const store = new FileStore(dataDir);
    await store.createPlan('p-one', planDocs('p-one', 5));
    expect(readdirSync(path.join(dataDir, 'plans', 'p-one')).sort()).toEqual(['_plan.ydoc', 's-0.ydoc', 's-1.ydoc', 's-2.ydoc', 's-3.ydoc', 's-4.ydoc']);
    expect(new TextDecoder().decode((await store.fetch(DocNames.body('p-one', 's-3')))!)).toContain('body 3');

    // A document of another plan in the set: nothing of the plan is written.
    const mixed = planDocs('p-two', 3).set(DocNames.body('p-one', 's-x'), state('x'));
    await expect(store.createPlan('p-two', mixed)).rejects.toThrow(/not of plan p-two/);
    await expect(store.createPlan('p-one', planDocs('p-one', 1))).rejects.toThrow(/already exists/);
    expect(readdirSync(path.join(dataDir, 'plans'))).toEqual(['p-one']);

    // A deleted plan is refused until reopened.
    await store.deletePlan('p-one');
    await expect(store.createPlan('p-one', planDocs('p-one', 1))).rejects.toBeInstanceOf(PlanDeletedError);

    // What a kill leaves: a staging directory, and (from before atomic creation) a plan directory without its plan document.
    mkdirSync(path.join(dataDir, 'plans', '.staging-p-three-1-x'));
    writeFileSync(path.join(dataDir, 'plans', '.staging-p-three-1-x', 's-0.ydoc'), 'half');
    mkdirSync(path.join(dataDir, 'plans', 'p-four'));
    writeFileSync(path.join(dataDir, 'plans', 'p-four', 's-0.ydoc'), 'half');
    const restarted = new FileStore(dataDir);
    expect(restarted.removedLeftovers).toEqual(['.staging-p-three-1-x']);
    expect(existsSync(path.join(dataDir, 'plans', '.staging-p-three-1-x'))).toBe(false);
    // The half directory is replaced by the whole plan when that id is created.
    await restarted.createPlan('p-four', planDocs('p-four', 2));
    expect(readdirSync(path.join(dataDir, 'plans', 'p-four')).sort()).toEqual(['_plan.ydoc', 's-0.ydoc', 's-1.ydoc']);
    expect((await restarted.listPlans()).map((p) => p.planId)).toEqual(['p-four']);
  });
});

describe('PostgresStore.createPlan', () => {
  it('inserts every document in one statement of one transaction, or none', async () => {
    const url = requirePgUrl();
    const table = uniqueTable();
    cleanup.push(() => pgQuery(url, `drop table if exists ${PostgresStore.tables(table).join(', ')}`).then(() => undefined));
    const store = await PostgresStore.connect(url, { table });
    cleanup.push(() => store.close());
    await store.createPlan('p-one', planDocs('p-one', 40));
    expect((await pgQuery(url, `select count(*)::int as n from ${table} where plan_id = 'p-one'`)).rows[0].n).toBe(41);
    expect((await store.listPlans()).map((p) => p.planId)).toEqual(['p-one']);

    const mixed = planDocs('p-two', 3).set(DocNames.body('p-one', 's-x'), state('x'));
    await expect(store.createPlan('p-two', mixed)).rejects.toThrow(/not of plan p-two/);
    expect((await pgQuery(url, `select count(*)::int as n from ${table} where plan_id = 'p-two'`)).rows[0].n).toBe(0);

    await store.deletePlan('p-one');
    await expect(store.createPlan('p-one', planDocs('p-one', 1))).rejects.toBeInstanceOf(PlanDeletedError);
    await store.reopenPlan('p-one');
    await store.createPlan('p-one', planDocs('p-one', 1));
    expect((await store.listPlans()).map((p) => p.planId)).toEqual(['p-one']);
  });
});
