import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { samplePlan } from '../model/fixtures';

const ignore = { rule: 'half-width-punctuation', key: 'half-width-punctuation|@preamble|为此[,]制定', reason: '引用原文', by: '张三', at: '2025-03-10T08:00:00Z' };

describe('PlanDoc: 公文体检 ignores shared through the plan doc and kept in the plan file', () => {
  it('seeds from the plan file, reads back into it, and a plan without them stays without', () => {
    const doc = new Y.Doc();
    const plan = { ...samplePlan(), checks: { ignored: [ignore] } };
    PlanDoc.write(doc, plan);
    const bodies = PlanDoc.bodies(plan);
    expect(PlanDoc.read(doc, (id) => bodies.get(id) ?? []).checks).toEqual({ ignored: [ignore] });
    const plain = new Y.Doc();
    PlanDoc.write(plain, samplePlan());
    expect('checks' in PlanDoc.read(plain, (id) => bodies.get(id) ?? [])).toBe(false);
  });

  it('ignore, replace with a new reason, take back; a peer sees each step', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
    b.on('update', (u: Uint8Array) => Y.applyUpdate(a, u));
    let heard = 0;
    PlanDoc.observe(b, 'checks', () => heard++);
    expect(PlanDoc.ignoreFinding(a, ignore)).toBe(true);
    expect(PlanDoc.checkIgnores(b)).toEqual([ignore]);
    PlanDoc.ignoreFinding(a, { ...ignore, reason: '领导要求保留' });
    expect(PlanDoc.checkIgnores(b).map((x) => x.reason)).toEqual(['领导要求保留']);
    PlanDoc.unignoreFinding(b, ignore.rule, ignore.key);
    expect(PlanDoc.checkIgnores(a)).toEqual([]);
    expect(heard).toBeGreaterThanOrEqual(3);
  });

  it('refuses an ignore without a reason and leaves out malformed entries', () => {
    const doc = new Y.Doc();
    expect(PlanDoc.ignoreFinding(doc, { ...ignore, reason: '  ' })).toBe(false);
    PlanDocRoots.checkIgnores(doc).push([{ rule: 1 }, 'x', ignore]);
    expect(PlanDoc.checkIgnores(doc)).toEqual([ignore]);
  });

  it('an old plan file without `checks` still loads, and one with them round-trips', () => {
    const old = JSON.parse(JSON.stringify(samplePlan()));
    expect(parsePlan(old).ok).toBe(true);
    const r = parsePlan({ ...old, checks: { ignored: [{ rule: 'x', key: 'k', reason: '原因' }] } });
    expect(r.ok && r.value.checks).toEqual({ ignored: [{ rule: 'x', key: 'k', reason: '原因', by: '', at: '' }] });
    expect(parsePlan({ ...old, checks: { ignored: [{ rule: 'x', key: 'k', reason: '' }] } }).ok).toBe(false);
  });
});
