import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { Numbering } from '../../../main/common/model/numbering';
import { Plan } from '../../../main/common/model/plan';
import { SEED_NAMES, seedText } from './helpers/seeds';

function labels(name: string, role: 'measure' | 'target' | 'point' | null = null): string[] {
  const r = importPlan(seedText(name));
  if (!r.ok) throw new Error(r.error.detail);
  const map = Numbering.plan(r.value.plan);
  return Plan.items(r.value.plan).filter((l) => role === null || l.item.role === role).map((l) => map.get(l.item.id)!);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${from + i}.`);

/** The numbers are dropped on import and derived again: they must come out as the source printed them. */
describe('derived numbering of the imported seeds reproduces the source numbers', () => {
  it('000: targets 1.–4., measures 1.–23. on through the four groups', () => {
    expect(labels(SEED_NAMES[0], 'target')).toEqual(range(1, 4));
    expect(labels(SEED_NAMES[0], 'measure')).toEqual(range(1, 23));
  });

  it('001: （一）–（十五） on through the four parts', () => {
    expect(labels(SEED_NAMES[1])).toEqual([
      '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）', '（十一）', '（十二）', '（十三）', '（十四）', '（十五）',
    ]);
  });

  it('003: 1.–2. in 总体要求, then measures 3.–32.; the 主要目标 paragraphs are targets （1）–（4） under 2.', () => {
    expect([...labels(SEED_NAMES[3], 'point'), ...labels(SEED_NAMES[3], 'measure')]).toEqual(range(1, 32));
    expect(labels(SEED_NAMES[3], 'target')).toEqual(['（1）', '（2）', '（3）', '（4）']);
  });

  it('004: each group restarts at 1. (the unnumbered 标准化 paragraph becomes a 1.)', () => {
    expect(labels(SEED_NAMES[4], 'target')).toEqual([...range(1, 4), ...range(1, 4)]);
    expect(labels(SEED_NAMES[4], 'measure')).toEqual([...range(1, 4), '1.', ...range(1, 3), ...range(1, 2), ...range(1, 3)]);
  });

  it('004: the 办法 numbers its 条 on through the 章: 第一条 … 第二十四条', () => {
    const r = importPlan(seedText(SEED_NAMES[4]));
    if (!r.ok) throw new Error(r.error.detail);
    const award = r.value.plan.attachments[0]!;
    if (award.kind !== 'document') throw new Error('not a document');
    const map = Numbering.attachment(award, r.value.plan.meta.numbering);
    const articles = award.sections.flatMap((s) => s.body).filter((b) => b.type === 'item' && b.level === 3);
    expect(articles.map((a) => a.type === 'item' && map.get(a.id))).toEqual(
      Array.from({ length: 24 }, (_, i) => `第${Numbering.chinese(i + 1)}条`),
    );
    expect(award.sections.map((s) => map.get(s.id))).toEqual(['第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章']);
  });
});
