import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 65 (docs/import.md, blind round 65), in made-up texts of the same style.
describe('blind round 65 patterns (city and county industry and digital-economy plans)', () => {
  it('"区县政府有关部门、单位" / "市直各部门、单位" in a units note are one unit each, not a bare "单位"', () => {
    const { plan } = load('blind65-shared-qualifier-units');
    const ms = measures(plan);
    expect(ms.map((m) => m.leadUnits)).toEqual([['市工业和信息化局'], ['市大数据局']]);
    expect(ms.map((m) => m.supportUnits)).toEqual([['区县政府有关部门、单位', '市通信发展办公室'], ['市直各部门、单位']]);
  });

  it('a one-line copy whose "(n)" tasks follow their bracketed units notes is split into tasks', () => {
    const { plan } = load('blind65-units-note-then-number');
    expect(plan.meta.title).toBe('某縣促進中小企業數字化轉型行動方案(征求意見稿)(2024-2026年)');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['實施數字化診', '實施“上云用', '實施示范標桿', '實施人才培訓']);
    expect(ms.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['縣工信局', '縣財政局'], ['縣工信局', '各鄉鎮'], ['縣工信局', '縣科技局'], ['縣人社局'],
    ]);
  });

  it('a policy card (政策级别, 发文部门, 政策主题; 点赞/收藏/转发) is the page\'s; the title is the document\'s own line', () => {
    const { plan } = load('blind65-policy-card-title');
    expect(plan.meta.title).toBe('某市工业互联网创新发展三年行动计划(2023—2025年)');
    expect(plan.meta.docNumber).toBeNull();
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([['市工业和信息化局', '市科技局']]);
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t).slice(0, 8))).toEqual(['平台体系更加完善']);
  });

  it('a crawled one-line page: a joint 署名 set apart by a space, part titles glued to "1.", a link glued to the last units', () => {
    const { plan } = load('blind65-crawl-joint-signature');
    expect(plan.meta.mainRecipients).toEqual(['各片区管理局', '区直各单位', '各区属国企']);
    expect(plan.meta.date).toBe('2024-03-12');
    expect(plan.meta.title).toBe('某区关于支持数字经济加快发展的若干措施');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['加快算力设施', '推进千兆网络', '引进数字经济', '支持企业上云']);
    expect(ms.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['区经济发展局', '区财政金融局'], ['区交通建设局', '各区属国企'], ['区投资促进委员会', '经济发展局'], ['区经济发展局'],
    ]);
  });

  it('"各乡镇人民政府（街道办事处）" closing a task: the bracket is part of the name, not a units note', () => {
    const { plan } = load('blind65-street-office-bracket');
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([[], ['县政务服务中心']]);
  });

  it('一、 items whose titles run into their text with no stop are the list\'s measures; a last 附则 stays a part', () => {
    const { plan } = load('blind65-glued-part-titles');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完善起降设施', '开展低空物流', '拓展文旅应用', '支持举办低空']);
    expect(plan.sections.map((s) => s.title.slice(0, 2))).toEqual(['附则']);
  });
});
