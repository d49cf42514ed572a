import { describe, expect, it } from 'vitest';
import { COUNTY_DIRECTORY, Units } from '../../../main/common/units/index';

const suggestions: Array<{ input: string; region?: string; expected: string | null }> = [
  { input: '县质监局', expected: '县市场监督管理局' },
  { input: '旗工商局', expected: '旗市场监督管理局' },
  { input: '区食药监局', expected: '区市场监督管理局' },
  { input: '市食品药品监管局', expected: '市市场监督管理局' },
  { input: '县环保局', expected: '县生态环境局' },
  { input: '县卫计委', expected: '县卫生健康局' },
  { input: '县卫生计生委', expected: '县卫生健康局' },
  { input: '县农业局', expected: '县农业农村局' },
  { input: '县农牧局', expected: '县农业农村局' },
  { input: '旗农牧局', expected: null },
  { input: '农牧局', region: '内蒙古自治区鄂尔多斯市', expected: null },
  { input: '县发改委', expected: '县发展和改革局' },
  { input: '县经信委', expected: '县工业和信息化局' },
  { input: '县工信委', expected: '县工业和信息化局' },
  { input: '县文化局', expected: '县文化和旅游局' },
  { input: '县旅游局', expected: '县文化和旅游局' },
  { input: '县建设局', expected: '县住房和城乡建设局' },
  { input: '县住建局', expected: '县住房和城乡建设局' },
  { input: '县安监局', expected: '县应急管理局' },
  { input: '省質監局', expected: '省市场监督管理局' },
  { input: '省環境保護廳', expected: '省生态环境厅' },
  { input: '省发改委', expected: '省发展和改革委员会' },
  { input: '天水出入境检验检疫局', expected: '天水海关' },
  { input: '市场监管局', expected: '市场监督管理局' },
  { input: '县市场监管局', expected: '县市场监督管理局' },
  { input: '县发改局', expected: '县发展和改革局' },
  { input: '县工信局', expected: '县工业和信息化局' },
  { input: '县市场监督管理局', expected: null },
  { input: '市场监督管理局', expected: null },
  { input: '旗生态环境局', expected: null },
  { input: '县农业农村局', expected: null },
  { input: '县文化和旅游局', expected: null },
  { input: '湛江海关', expected: null },
  { input: '市水务局', expected: null },
  { input: '县教体局', expected: null },
  { input: '各县区政府', expected: null },
];

describe('Units.suggest: old names and abbreviations → current name, level prefix kept', () => {
  for (const { input, region, expected } of suggestions) {
    it(`${input}${region ? `（${region}）` : ''} → ${expected ?? '无建议'}`, () => {
      const s = Units.suggest(input, region ? { region } : {});
      expect(s?.current ?? null).toBe(expected);
      if (s) expect(s.reason).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});

describe('the default county directory', () => {
  it('uses current names with the county unit word, and abbreviations as aliases', () => {
    const dir = Units.defaultDirectory('旗');
    expect(dir.map((d) => d.name)).toEqual(expect.arrayContaining([
      '旗市场监督管理局', '旗发展和改革局', '旗工业和信息化局', '旗生态环境局', '旗卫生健康局', '旗农业农村局', '旗文化和旅游局', '旗住房和城乡建设局',
    ]));
    expect(dir.find((d) => d.name === '旗市场监督管理局')?.aliases).toContain('旗市场监管局');
  });

  it('has no name that the history would rename, and no duplicate', () => {
    for (const e of COUNTY_DIRECTORY) expect(Units.suggest(`县${e.base}`)).toBeNull();
    expect(new Set(COUNTY_DIRECTORY.map((e) => e.base)).size).toBe(COUNTY_DIRECTORY.length);
  });

  const current = [{ input: '县市场监督管理局', expected: true }, { input: '县质监局', expected: false }, { input: '农业农村局', expected: true }];
  for (const { input, expected } of current) it(`isCurrent(${input})`, () => expect(Units.isCurrent(input)).toBe(expected));
});

describe('level prefixes', () => {
  const levels = [
    { input: '旗市场监督管理局', expected: '旗' }, { input: '市场监督管理局', expected: '' }, { input: '市市场监管局', expected: '市' },
    { input: '省質監局', expected: '省' }, { input: '县农业农村局', expected: '县' }, { input: '湛江海关', expected: '' },
  ];
  for (const { input, expected } of levels) it(`levelOf(${input}) = “${expected}”`, () => expect(Units.levelOf(input)).toBe(expected));

  const missing = [
    { input: '统计局', prefix: '旗', expected: '旗统计局' },
    { input: '发改委', prefix: '旗', expected: '旗发展和改革局' },
    { input: '农牧局', prefix: '旗', expected: '旗农牧局' },
    { input: '旗财政局', prefix: '旗', expected: null },
    { input: '各镇人民政府', prefix: '旗', expected: null },
    { input: '中国农业银行股份有限公司鄂托克前旗支行', prefix: '旗', expected: null },
    { input: '统计局', prefix: '', expected: null },
  ];
  for (const { input, prefix, expected } of missing) {
    it(`suggestLevel(${input}, ${prefix || '无'}) → ${expected ?? '无建议'}`, () => expect(Units.suggestLevel(input, prefix)?.current ?? null).toBe(expected));
  }
});
