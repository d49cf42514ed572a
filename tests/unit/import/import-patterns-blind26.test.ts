import { describe, expect, it } from 'vitest';
import { load } from './pattern-fixtures';

// Patterns behind the misses of blind round 26 (docs/measurements/blind26-notes.md), in made-up texts of the same style.
describe('blind round 26 patterns (page chrome)', () => {
  it('a traditional page\'s "【字體:" widget is chrome: the 主送 under it is not joined to it', () => {
    const { plan } = load('blind26-traditional-font-widget');
    expect(plan.meta.mainRecipients).toEqual(['各盟行政公署、市人民政府', '各旗縣人民政府', '自治區各委、辦、廳、局']);
    expect(plan.meta.title).toBe('某自治區牧區飲水安全工程實施方案');
  });

  it('a gazette issue\'s name above a 决定 is not part of its title', () => {
    const { plan } = load('blind26-gazette-issue');
    expect(plan.meta.title).toBe('某盟行政公署关于命名第三批盟级非物质文化遗产代表性项目的决定');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某署发', year: 2020, serial: 6 });
  });

  it('an empty metadata key "公开日" on its own line is not part of the title', () => {
    const { plan } = load('blind26-empty-key');
    expect(plan.meta.title).toBe('某县人民政府工作规则');
  });
});
