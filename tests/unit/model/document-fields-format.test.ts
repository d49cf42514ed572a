import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocNumber } from '../../../main/common/model/doc-number';
import { migratePlan } from '../../../main/common/model/migrations';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { PLAN_SCHEMA_VERSION } from '../../../main/common/model/plan';
import { FIXTURES } from '../docx/docx-kit';
import { samplePlan } from './fixtures';

describe('发文字号 as parts [GB/T 9704 7.2.5]', () => {
  it('formats 代字〔年份〕序号号 and parses it back', () => {
    expect(DocNumber.format({ agency: '某政发', year: 2026, serial: 3 })).toBe('某政发〔2026〕3号');
    expect(DocNumber.parse('某政发〔2026〕3号')).toEqual({ agency: '某政发', year: 2026, serial: 3 });
    expect(DocNumber.parse('某政发[2026]3号')).toBeNull(); // only the normalised form; the importer repairs others
    expect(DocNumber.format(null)).toBe('');
    expect(DocNumber.format({ agency: '', year: null, serial: null })).toBe('');
  });

  it('is complete only with 代字, year and a 序号 from 1', () => {
    expect(DocNumber.isComplete({ agency: '某政发', year: 2026, serial: 3 })).toBe(true);
    expect(DocNumber.isComplete({ agency: '', year: 2026, serial: 3 })).toBe(false);
    expect(DocNumber.isComplete({ agency: '某政发', year: 2026, serial: null })).toBe(false);
    expect(DocNumber.isComplete({ agency: '某政发', year: 2026, serial: 0 })).toBe(false);
  });
});

describe('plan format 2: migration from 1', () => {
  it('turns a version-1 文号 string into parts and fills the new fields with their defaults', () => {
    const v1 = JSON.parse(readFileSync(`${FIXTURES}plans/seed-004-notice.plan.json`, 'utf8')) as Record<string, unknown>;
    expect(v1['schemaVersion']).toBe(1);
    const parsed = parsePlan({ ...v1, meta: { ...(v1['meta'] as object), docNumber: '鄂前政发〔2019〕20号' } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(parsed.value.meta.docNumber).toEqual({ agency: '鄂前政发', year: 2019, serial: 20 });
    expect(parsed.value.meta).toMatchObject({ signers: [], copyNumber: null, secrecy: null, urgency: null, sealed: false, mark: null });
  });

  it('keeps a version-1 文号 that is not a normalised one as docNumberRaw instead of dropping it', () => {
    const r = migratePlan({ format: 'plan-studio/plan', schemaVersion: 1, meta: { title: 't', year: 2025, docNumber: '某发（2025）第三号' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.value['meta'] as Record<string, unknown>)['docNumber']).toBeNull();
    expect((r.value['meta'] as Record<string, unknown>)['docNumberRaw']).toBe('某发（2025）第三号');
  });

  it('round-trips every 文件 field through plan JSON', () => {
    const plan = samplePlan();
    plan.meta = {
      ...plan.meta, mark: '某县人民政府办公室文件', docNumber: { agency: '某政办发', year: 2026, serial: 12 }, signers: ['张三', '李四'],
      copyNumber: '000123', secrecy: '机密', secrecyTerm: '5年', urgency: '特急', sealed: true, date: '2026-03-06',
    };
    const back = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(back.ok && back.value).toEqual(plan);
  });

  it('refuses an unknown 密级 or 紧急程度 with the field named', () => {
    const plan = JSON.parse(JSON.stringify(samplePlan())) as { meta: Record<string, unknown> };
    plan.meta['urgency'] = '很急';
    const r = parsePlan(plan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('meta.urgency');
  });
});
