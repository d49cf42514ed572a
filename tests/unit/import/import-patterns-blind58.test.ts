import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 58 (docs/import.md, blind round 58), in made-up texts of the same style.
describe('blind round 58 patterns (a crawler\'s archive of a 政务公开 section, each page on one line)', () => {
  it('a crawl\'s record lines and a breadcrumb, heading and share byline over a one-line page are dropped; the page is read', () => {
    const { plan, report } = load('blind58-crawl-record');
    expect(report.droppedLines).toEqual(expect.arrayContaining([
      '==================== 正文 ====================', '页面链接与图片详见 links.tsv(同目录)',
      '时间：2024-04-02 09:15 微信 微博 QQ空间',
    ]));
    expect(plan.meta.signature).toBe('某某新区管委会办公室');
    expect(plan.meta.mainRecipients).toEqual(['各片区管理局', '区直各单位']);
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['区农业农村局'], ['区经发局']]);
  });

  it('a 主送 of offices named one by one (党委\'s 部 among them) glued to "现将…" with no space is read as the 主送', () => {
    const { plan } = load('blind58-glued-recipients');
    expect(plan.notice?.title).toBe('某某新区管委会办公室关于印发某某新区中小学生体质健康促进工作方案的通知');
    expect(plan.meta.mainRecipients).toEqual(['区党群工作部', '宣传与文化发展部', '财政金融局', '社会事业局']);
    expect(plan.meta.date).toBe('2023-05-09');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['开展“阳光体育”', '开展“健康课堂”']);
  });

  it('"各片区负责配合落实，以下均需各片区配合落实，不再列出": 各片区 is the unit, in this and every later task', () => {
    const { plan } = load('blind58-cooperate-units');
    const units = measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
    expect(units).toEqual([
      ['区市场监管局', '各片区'], ['区经发局', '区市场监管局', '各片区'], ['区资源生态局', '各片区'],
    ]);
  });

  it('a run-together copy: units lines end at the next item\'s glued number, (2) after ; stays in its task, the date is cut from the title', () => {
    const { plan } = load('blind58-units-then-number');
    expect(plan.meta.date).toBe('2024-03-05');
    expect(plan.meta.title).toBe('某某新区“国企改革深化年”行动方案');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toContain('盘活闲置资产');
    expect(ms.map((m) => text(m).slice(0, 5))).toContain('充实资本金');
    const revitalise = ms.find((m) => text(m).startsWith('盘活闲置资产'))!;
    expect([...revitalise.leadUnits, ...revitalise.supportUnits]).toEqual(['各区属国企', '区国资局']);
    const lead = ms.find((m) => text(m).startsWith('加强组织领导'))!;
    expect([...lead.leadUnits, ...lead.supportUnits]).toEqual(['区国资局', '各区属国企']);
  });
});
