import { describe, expect, it } from 'vitest';
import { load, measures } from './pattern-fixtures';

// Patterns of the text side left by the .docx round (docs/import.md, "Headers, symbols, embedded parts and nested tables"), in made-up texts.
describe('round x patterns', () => {
  it('"附件：" then a title set on two lines: the attachment is titled by both', () => {
    const { plan } = load('roundx-attachment-title-two-lines');
    expect(plan.attachments.map((a) => a.title)).toEqual(['某县2026年农村人居环境整治提升行动重点村名单']);
    expect(measures(plan)).toHaveLength(2);
  });

  it('"由X承办，B配合。" or "责任单位：…" alone under a part heading: the part\'s measures naming no units carry them', () => {
    const { plan, report } = load('roundx-part-units-line');
    expect(measures(plan).map((m) => [m.leadUnits, m.supportUnits])).toEqual([
      [['县农业农村局'], ['县卫生健康局', '各乡镇人民政府']],
      [['县城管局'], []],
      [['县住房城乡建设局', '各乡镇人民政府'], []],
      [['县住房城乡建设局', '各乡镇人民政府'], []],
    ]);
    // "由县财政局负责保障资金，…" is a sentence with its task, under a part with no units line: no units given.
    expect(measures(plan).some((m) => m.leadUnits.includes('县财政局'))).toBe(false);
    expect(report.guesses.map((g) => g.what).join('\n')).toContain('按标题下一行');
  });
});
