import { describe, expect, it } from 'vitest';
import { CTX, cleanPlan, item, run } from '../helpers/rule-fixtures';

describe('unit-directory', () => {
  it('a unit outside plan.departments and the directory is named; aliases and the directory count', () => {
    const p = cleanPlan();
    item(p, 'm2').supportUnits = ['县财政局', '市场监管局', '各乡镇人民政府'];
    const [f] = run('unit-directory', p);
    expect(f!.where).toEqual({ sectionId: 's2a', itemId: 'm2' });
    expect(f!.message).toContain('县财政局');
    expect(f!.message).not.toContain('市场监管局');
    expect(run('unit-directory', p, { ...CTX, directory: ['县财政局'] })).toEqual([]);
    expect(run('unit-directory', cleanPlan())).toEqual([]);
  });

  it('a plan without any directory is not checked', () => {
    const p = cleanPlan();
    p.departments = [];
    expect(run('unit-directory', p)).toEqual([]);
  });

  it('a unit written in traditional characters matches its simplified name in the directory', () => {
    const p = cleanPlan();
    item(p, 'm2').supportUnits = ['縣市場監督管理局', '縣財政局'];
    const [f, ...rest] = run('unit-directory', p);
    expect(rest).toEqual([]);
    expect(f!.where).toEqual({ sectionId: 's2a', itemId: 'm2' });
    // 县市场监督管理局 is in plan.departments: its traditional form is known; 县财政局 is not (in either form).
    expect(f!.message).toContain('“縣財政局”');
    expect(f!.message).not.toContain('市場');
    expect(run('unit-directory', p, { ...CTX, directory: ['县财政局'] })).toEqual([]);
    // A directory written in traditional characters matches simplified units too.
    const q = cleanPlan();
    item(q, 'm2').supportUnits = ['县财政局'];
    expect(run('unit-directory', q, { ...CTX, directory: ['縣財政局'] })).toEqual([]);
  });
});
