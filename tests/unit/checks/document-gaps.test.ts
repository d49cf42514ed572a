import { describe, expect, it } from 'vitest';
import { documentGaps } from '../../../main/common/checks/document-gaps';
import type { Plan } from '../../../main/common/model/plan';
import { samplePlan } from '../model/fixtures';

const fields = (p: Plan, kind: { redHead: boolean; notice: boolean }) => documentGaps(p, kind).map((g) => g.field);

function withMeta(meta: Partial<Plan['meta']>, notice = true): Plan {
  const p = samplePlan();
  return { ...p, meta: { ...p.meta, ...meta }, notice: notice ? p.notice : null };
}

describe('documentGaps: what a document of the chosen kind lacks before it can be issued', () => {
  it('a complete 文件 lacks nothing', () => {
    expect(documentGaps(samplePlan(), { redHead: true, notice: true })).toEqual([]);
  });

  it('a 文件 without 文号 or 成文日期 says so, naming the clause', () => {
    const gaps = documentGaps(withMeta({ docNumber: null, date: null }), { redHead: true, notice: false });
    expect(gaps.map((g) => g.field)).toEqual(['docNumber', 'date']);
    expect(gaps[0]!.message).toContain('7.2.5');
  });

  it('names the missing parts of a half-filled 文号 (a new plan has only its year)', () => {
    const gaps = documentGaps(withMeta({ docNumber: { agency: '', year: 2026, serial: null } }), { redHead: true, notice: false });
    expect(gaps).toEqual([{ field: 'docNumber', message: '发文字号不完整：缺机关代字、序号。' }]);
  });

  it('a 版记 without 印发机关 or 印发日期 says so, also outside the 文件 format', () => {
    expect(fields(withMeta({ printer: null, printDate: null }), { redHead: true, notice: false })).toEqual(['printer', 'printDate']);
    expect(fields(withMeta({ printer: null, docNumber: null, date: null }), { redHead: false, notice: false })).toEqual(['printer']);
    expect(fields(withMeta({ copyTo: [], printer: null, printDate: null, docNumber: null, date: null }), { redHead: false, notice: false })).toEqual([]);
  });

  it('an empty title is missing for every kind, a draft included', () => {
    expect(fields(withMeta({ title: ' ', copyTo: [], printer: null, printDate: null }, false), { redHead: false, notice: false })).toEqual(['title']);
  });

  it('a printed 印发通知 needs its title, 主送 and 成文日期; the notice left out needs neither', () => {
    const p = withMeta({ mainRecipients: [], date: null });
    p.notice = { ...p.notice!, title: '' };
    expect(fields(p, { redHead: false, notice: true })).toEqual(['noticeTitle', 'date', 'mainRecipients']);
    expect(fields(p, { redHead: false, notice: false })).toEqual([]);
  });

  it('a 文件 without any 发文机关 cannot have a 标志', () => {
    expect(fields(withMeta({ issuer: '', signature: '', mark: null }), { redHead: true, notice: false })).toEqual(['issuer', 'signature']);
  });

  it('names malformed values: 份号, 保密期限 without 密级, 印发日期 before 成文日期, 序号 0', () => {
    const gaps = documentGaps(withMeta({ copyNumber: '123', secrecyTerm: '5年', secrecy: null, printDate: '2025-03-01', docNumber: { agency: '某政发', year: 2025, serial: 0 } }), { redHead: true, notice: false });
    expect(gaps.map((g) => g.field)).toEqual(['docNumber', 'copyNumber', 'secrecy', 'docNumber', 'printDate']);
    expect(gaps.find((g) => g.field === 'copyNumber')!.message).toContain('6 位');
  });
});
