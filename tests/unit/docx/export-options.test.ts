import { describe, expect, it } from 'vitest';
import { checkExportOptions, withExportDefaults } from '../../../main/common/docx/export-options';
import { loadPlan } from './docx-kit';

describe('checkExportOptions', () => {
  const plan = loadPlan('small');
  it('fills defaults', () => {
    const r = checkExportOptions(plan, {});
    expect(r).toEqual({ ok: true, value: { redHead: false, revisions: false, sealed: false, duplex: true, lineMode: 'office-grid' } });
  });
  it('refuses unknown options and bad values with a Chinese message', () => {
    const r = checkExportOptions(plan, { redHed: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^导出选项有误：.*redHed/);
      expect(r.error.detail).toMatch(/redHed/);
    }
    const m = checkExportOptions(plan, { lineMode: 'tight' });
    expect(m.ok).toBe(false);
  });
  it('refuses a notice the plan does not have, and a 红头 without an issuer', () => {
    const n = checkExportOptions(plan, { notice: true });
    expect(!n.ok && n.error.message).toBe('该计划没有印发通知，无法按“印发通知”导出。');
    const noIssuer = { ...plan, meta: { ...plan.meta, issuer: '', signature: '' } };
    const h = checkExportOptions(noIssuer, { redHead: true });
    expect(!h.ok && h.error.code).toBe('export.no-issuer');
  });
});

describe('withExportDefaults (a template\'s exportDefaults under the request)', () => {
  const plan = loadPlan('small');
  it('fills what the request leaves out; the request wins', () => {
    expect(withExportDefaults(plan, { taskTable: true, redHead: true }, {})).toEqual({ taskTable: true, redHead: true });
    expect(withExportDefaults(plan, { taskTable: true }, { taskTable: false })).toEqual({ taskTable: false });
  });
  it('drops defaults the plan cannot meet instead of refusing the export', () => {
    expect(withExportDefaults(plan, { notice: true }, {})).toEqual({}); // the small plan has no 印发通知
    const noIssuer = { ...plan, meta: { ...plan.meta, issuer: '', signature: '' } };
    expect(withExportDefaults(noIssuer, { redHead: true, duplex: false }, {})).toEqual({ duplex: false });
    expect(checkExportOptions(plan, withExportDefaults(plan, { notice: true, lineMode: 'glyph-accurate' }, {})).ok).toBe(true);
  });
});
