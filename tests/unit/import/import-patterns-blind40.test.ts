import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 40 (docs/import.md, blind round 40), in made-up texts of the same style.
describe('blind round 40 patterns (provincial plans and notices that name units per task)', () => {
  it('a news lead that goes on past the title, then "《X》全文如下。" on a line of its own: X is the title', () => {
    const { plan } = load('blind40-quoted-title-handover');
    expect(plan.meta.title).toBe('某省推进县城公共服务提质增效实施方案');
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['省卫生健康委'], ['省教育厅']]);
  });

  it('a site menu copied as "• 首页" entries and a one-step breadcrumb "• X >> Y" are page chrome, not the notice title', () => {
    const { plan } = load('blind40-menu-breadcrumb');
    expect(plan.notice?.title).toBe('某省人民政府办公厅关于印发《某省民营经济提质年行动方案》的通知');
    expect(plan.meta.mainRecipients).toEqual(['各市(州)人民政府', '省直各单位']);
  });

  it('a notice title, its 文号 and the notice text (the 主送 lost) run together on one line: title and 文号 are read', () => {
    const { plan } = load('blind40-title-number-text-line');
    expect(plan.meta.title.replace(/\s+/g, '')).toBe('某省人民政府关于明确2024年省政府重点工作责任单位的通知');
    expect(plan.meta.docNumber).toMatchObject({ year: 2024, serial: 7 });
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['实施省级重点', '加快专项债券', '推动城市更新']);
  });

  it('a traditional notice title "…辦公廳關于印發…" over a date with no 署名: the 署名 is the organ before 關于', () => {
    const { plan } = load('blind40-traditional-notice-unsigned');
    expect(plan.meta.signature).toBe('某省人民政府辦公廳');
    expect(plan.meta.date).toBe('2023-06-12');
  });
});
