import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../main/common/model/plan';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { guidanceFor, instantiate, unitWord } from '../../../main/common/templates/instantiate';
import { TemplateSchema } from '../../../main/common/templates/template';

const dir = fileURLToPath(new URL('../../../templates', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.template.json'));

describe('templates', () => {
  it.each(files)('%s is valid, instantiates to a valid plan, and has guidance for every section', (file) => {
    const template = TemplateSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    const plan = instantiate(template, { region: '鄂托克前旗', year: 2026 });
    const checked = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(checked.ok ? 'ok' : checked.error.detail).toBe('ok');
    expect(JSON.stringify(plan)).not.toMatch(/\{(region|year|issuer|leadDepartment|unit)\}/);
    for (const s of Plan.sectionsFlat(plan)) expect(guidanceFor(template, s.id), s.title).not.toBe('');
    const ids = Plan.items(plan).map((l) => l.item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes the member departments chosen in the form instead of the template list', () => {
    const template = TemplateSchema.parse(JSON.parse(readFileSync(path.join(dir, 'county-quality-action-plan.template.json'), 'utf8')));
    const plan = instantiate(template, { region: '鄂托克前旗', year: 2026, departments: ['旗市场监督管理局', '旗教育体育局'] });
    expect(plan.departments.map((d) => d.name)).toEqual(['旗市场监督管理局', '旗教育体育局']);
    const byDefault = instantiate(template, { region: '鄂托克前旗', year: 2026 });
    expect(byDefault.departments.length).toBe(template.departments.length);
  });

  it('fills the form into the county template', () => {
    const template = TemplateSchema.parse(JSON.parse(readFileSync(path.join(dir, 'county-quality-action-plan.template.json'), 'utf8')));
    const plan = instantiate(template, { region: '鄂托克前旗', year: 2026, issuer: '', leadDepartment: '' });
    expect(plan.meta.title).toBe('鄂托克前旗2026年推进质量强旗工作行动计划');
    expect(plan.meta.issuer).toBe('鄂托克前旗人民政府');
    expect(plan.meta.leadDepartment).toBe('旗市场监督管理局');
    expect(plan.departments.map((d) => d.name)).toContain('旗发展和改革局');
    expect(Plan.measures(plan).every((m) => m.item.leadUnits.length > 0)).toBe(true);
    expect(Plan.measures(plan).map((m) => m.item.deadline)).toContain('2026年12月底前');
  });

  it.each([['鄂托克前旗', '旗'], ['某某县', '县'], ['某某区', '区'], ['某县级市', '市'], ['某地', '县']])('unit word of %s is %s', (region, word) => {
    expect(unitWord(region)).toBe(word);
  });
});
