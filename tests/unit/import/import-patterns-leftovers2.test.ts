import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Parameters<typeof measures>[0]) => items(plan).filter((i) => i.role === 'target');

// Patterns behind the files earlier blind rounds left (docs/import.md, "Left-over files, second pass"), in made-up texts of the same style.
describe('left-over patterns, second pass', () => {
  it('rows a merged 序号 cell spans, copied one cell a line, are split at the task cell\'s next "N." after the row\'s other cells', () => {
    const { plan } = load('leftovers2-merged-sub-rows');
    expect(targets(plan).map((t) => text(t).slice(0, 8))).toEqual(['地区生产总值增长', '城乡居民人均可支', '外贸进出口总额稳', '单位地区生产总值']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['推进重点技改']);
  });

  it('a 牵头领导 column is the leader\'s: a row that lost its leader cell puts its units in the units column', () => {
    const { plan } = load('leftovers2-merged-sub-rows');
    // "★" marks the lead unit in this notation; since blind round 59 the mark is dropped from the name.
    expect(targets(plan).map((t) => t.leadUnits[0])).toEqual(['县发改局', '县人社局', '县商务局', '县发改局']);
  });

  it('a line above the date that is no sentence and names the page\'s 发布机构 (its 办公室 taken off) is the 署名 as written', () => {
    const { plan } = load('leftovers2-page-confirmed-signature');
    expect(plan.meta.signature).toBe('云杉湾-云杉湾门户');
    expect(plan.meta.date).toBe('2025-02-14');
    expect(JSON.stringify(plan.notice?.body)).not.toContain('云杉湾');
  });
});
