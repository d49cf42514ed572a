import { describe, expect, it } from 'vitest';
import { splitRecipients } from '../../../main/common/import/recipients';
import { load, measures } from './pattern-fixtures';

// Patterns behind the misses of blind round 20 (docs/import.md), in made-up texts of the same style.
describe('blind round 20 patterns', () => {
  it('"某 市 农 业 农 村 局 文 件", a red head spaced letter by letter: the issuer is read, the spaces closed up', () => {
    const { plan } = load('blind20-spaced-mark');
    expect(plan.meta.issuer).toBe('某市农业农村局');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某农发', year: 2011, serial: 9 });
  });

  it('"各辖市、区财政局": a 各 part naming places only shares the organ of the place class after it', () => {
    expect(splitRecipients('各辖市、区农业农村局')).toEqual(['各辖市、区农业农村局']);
    expect(splitRecipients('各市、县人民政府')).toEqual(['各市、县人民政府']);
    expect(splitRecipients('各乡镇、各街道')).toEqual(['各乡镇', '各街道']);
    expect(splitRecipients('各镇人民政府、沙坪街道办事处')).toEqual(['各镇人民政府', '沙坪街道办事处']);
  });
});

describe('blind round 20 patterns (headings)', () => {
  it('a page heading cut inside its 《 above "某省人民政府办公厅关于印发…": the notice title is read without it', () => {
    const { plan } = load('blind20-cut-heading');
    expect(plan.notice?.title).toBe('某省人民政府办公厅关于印发某省进一步支持民营企业发展壮大实施方案的通知');
    expect(plan.meta.title).toBe('某省进一步支持民营企业发展壮大实施方案');
  });
});

describe('blind round 20 patterns (documents issued as they are)', () => {
  it('a 通报 with an "附件" after its date: its own title is the title, not the attachment\'s', () => {
    const { plan } = load('blind20-tongbao-attachment');
    expect(plan.meta.title).toBe('某省人民政府办公厅关于2020年度林业生态建设考核结果的通报');
    expect(plan.meta).toMatchObject({ signature: '某省人民政府办公厅', date: '2021-03-02' });
  });
});

describe('blind round 20 patterns (units)', () => {
  it('"(A牵头推进)": the words after 牵头 are the lead\'s verb, not a second unit', () => {
    const { plan } = load('blind20-lead-verb');
    const ms = measures(plan);
    expect(ms.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([['市发展改革委'], ['市住房城乡建设局', '市交通运输局']]);
  });
});
