import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { Plan } from '../../../main/common/model/plan';
import { ListNumbering } from '../../../main/node/import/list-numbering';
import { paragraphStyles } from '../../../main/node/import/docx-styles';
import { docxParagraphs } from '../../../main/node/import/read-docx';

// Patterns behind the misses of blind round 18 (real .docx written in Word, docs/import.md), in made-up
// documents written the way Word writes them: one w:p a paragraph, labels typed or given by a list.
const run = (text: string) => `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text ? run(text) : ''}</w:p>`;
const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${p(text, '<w:jc w:val="center"/>')}</w:tc>`;
const table = (...rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
const doc = (...blocks: string[]) => `<w:document><w:body>${blocks.join('')}<w:sectPr/></w:body></w:document>`;
const numbering = (xml: string | null) => ListNumbering.parse(xml);

function read(xml: string, numberingXml: string | null = null) {
  const r = importPlan(docxParagraphs(xml, numbering(numberingXml), paragraphStyles(null)));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}
const text = (i: { children: Array<{ text: string }> }) => i.children.map((c) => c.text).join('');
const measures = (plan: Plan) => Plan.measures(plan).map((l) => text(l.item));

describe('blind round 18: the head of a document written in Word', () => {
  it('a college\'s own 通知 closed by its 署名 with its other name in brackets and its date, a Word table inside: the notice is the document', () => {
    const { plan } = read(doc(
      p('某某学院（某某分院）2026届毕业论文查重工作通知'),
      p('各系部及2026届毕业生：'),
      p('为做好查重工作，现将有关事项通知如下：'),
      p('1. 查重对象'),
      p('所有2026届毕业论文。'),
      p('2. 负责人'),
      table(['专业', '人数', '负责人'], ['软件工程', '60', '张某'], ['合计', '60', '']),
      p('附件1：查重系统操作指南'),
      p(''),
      p('某某学院（某某分院）'),
      p('2026年6月5日'),
    ));
    expect(plan.meta).toMatchObject({ title: '某某学院（某某分院）2026届毕业论文查重工作通知', mainRecipients: ['各系部及2026届毕业生'], signature: '某某学院（某某分院）', date: '2026-06-05' });
    expect(measures(plan)).toEqual([]);
  });

  it('a plan closed by its 署名 and a date typed with dots, both set right by spaces', () => {
    const { plan } = read(doc(
      p('某区新入职教师培训方案'),
      p('一、培训对象'),
      p('全区新入职教师。'),
      p('二、考核'),
      p('1.集中培训由区教师发展中心负责考核。'),
      p(''),
      p('                   某区教师发展中心培训部'),
      p('                                2026.4.17'),
    ));
    expect(plan.meta).toMatchObject({ title: '某区新入职教师培训方案', signature: '某区教师发展中心培训部', date: '2026-04-17' });
  });
});

describe('blind round 18: parts that ask something of the reader, an event\'s organizers', () => {
  it('"培训要求" and "参会须知" list requirements, not tasks; "目标要求" stays a targets part', () => {
    const { plan } = read(doc(
      p('某区教师培训方案'),
      p('一、目标要求'),
      p('1.全区教师培训率达到100%。'),
      p('二、培训要求'),
      p('1.学员必须按时参加培训，不迟到，不早退。'),
      p('2.学员须认真做好听课笔记。'),
      p('三、参会须知'),
      p('1.请学员于6月1日前登录平台报名。'),
      p('四、评价考核'),
      p('1.集中培训由区教师发展中心负责考核。'),
    ));
    expect(measures(plan)).toEqual(['集中培训由区教师发展中心负责考核。']);
    expect(Plan.items(plan).filter((l) => l.item.role === 'target').map((l) => text(l.item))).toEqual(['全区教师培训率达到100%。']);
  });

  it('"主办单位：…" / "承办单位：…" / a second line / "协办单位：…": the event\'s organizers, no measure with units', () => {
    const { plan } = read(doc(
      p('关于组织毕业生参加网络双选活动的通知'),
      p('为促进毕业生就业，现将有关事项通知如下：'),
      p('一、举办时间'),
      p('2026年10月13日'),
      p('二、组织机构'),
      p('主办单位：某省教育厅'),
      p('承办单位：某省就业服务中心'),
      p('某省高校毕业生就业市场'),
      p('协办单位：某某学院'),
      p('三、参会对象'),
      p('本校2026届毕业生。'),
    ));
    expect(measures(plan)).toEqual([]);
    expect(Plan.measures(plan).flatMap((l) => [...l.item.leadUnits, ...l.item.supportUnits])).toEqual([]);
  });
});

describe('blind round 18: an attachment saved as a file of its own', () => {
  it('"附件4 " over the title set over two paragraphs: a label, not part of the title; its 第X条 are no measures', () => {
    const { plan } = read(doc(
      p('附件4 '),
      p('某某大学'),
      p('海外访学项目实施细则'),
      p(''),
      p('为开拓学生的国际视野，特制定本实施细则。'),
      p('第一条  工作机构'),
      p('项目由学生处与国际处共同推动。'),
      p('第二条  资助对象'),
      p('经学校选拔的优秀本科生。'),
    ));
    expect(plan.meta.title).toBe('某某大学海外访学项目实施细则');
    expect(measures(plan)).toEqual([]);
  });
});

describe('blind round 18: run-in items closed by the document\'s own sentences', () => {
  it('"一、…。…" … "三、…。…" then "对于同一项目…" / "本政策自发布之日起施行。": three measures, the closing stays text', () => {
    const { plan } = read(doc(
      p('为加快人才集聚，现制定如下工作措施。'),
      p('一、大力引进高层次人才。对当年引进的高层次人才给予安家费。'),
      p('二、鼓励企业引进紧缺人才。按每人2万元标准给予企业引才资助。'),
      p('三、进一步提升人才服务功能。构建全区统一的人才综合服务平台。'),
      p('对于同一项目同时符合多项政策规定的，按照“就高不重复”原则兑现。'),
      p('本政策自发布之日起施行。'),
    ));
    expect(measures(plan).map((t) => t.slice(0, 8))).toEqual(['大力引进高层次人', '鼓励企业引进紧缺', '进一步提升人才服']);
    expect(measures(plan)[2]).not.toContain('本政策');
  });
});

describe('blind round 18: a 管理办法 with its forms printed after its date', () => {
  it('its 一、/1. rules are no measures; the 署名 over two paragraphs and the date before "附表1" are read; the forms are attachments', () => {
    const { plan } = read(doc(
      p('某某学院（某某分院）'),
      p('学生校外实习管理办法'),
      p('为规范学生校外实习，特制定本办法。'),
      p('一、申请条件'),
      p('1．实习单位同意接收学生。'),
      p('2．实习单位具备指导条件。'),
      p('二、管理要求'),
      p('1．学生应定期向指导教师汇报。'),
      p('附表：1．学生校外实习申请表'),
      p(''),
      p('\t        '),
      p(' 某某学院'),
      p('某某分院'),
      p('                         2026年3月4日'),
      p('附表1            某某学院学生校外实习申请表'),
      table(['姓名', '', '学号', ''], ['实习单位（盖章）', '', '指导教师', '']),
    ));
    expect(plan.meta).toMatchObject({ title: '某某学院（某某分院）学生校外实习管理办法', signature: '某某学院、某某分院', date: '2026-03-04' });
    expect(measures(plan)).toEqual([]);
    expect(plan.attachments.map((a) => a.title)).toEqual(['某某学院学生校外实习申请表']);
  });
});

describe('blind round 18: units written after levels set apart by 、', () => {
  it('"责任单位：市发展改革委、经信委，省、市重点项目责任单位，各区市县政府及先导区管委会": "省、市重点项目责任单位" is one name', () => {
    const { plan } = read(doc(
      p('一、加快重大项目推进'),
      p('（一）进一步落实“四级责任制”。全力推进省、市重点建设项目。'),
      p('责任单位：市发展改革委、经信委，省、市重点项目责任单位，各区市县政府及先导区管委会'),
      p('（二）加强重点项目要素保障。政府投资优先安排重点项目。'),
      p('责任单位：市发展改革委、财政局'),
    ));
    expect(Plan.measures(plan).map((l) => [...l.item.leadUnits, ...l.item.supportUnits])).toEqual([
      ['市发展改革委', '经信委', '省、市重点项目责任单位', '各区市县政府', '先导区管委会'],
      ['市发展改革委', '财政局'],
    ]);
  });
});
