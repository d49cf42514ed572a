import { describe, expect, it } from 'vitest';
import { isChromeTail } from '../../../main/common/import/chrome-tail';
import { importPlan } from '../../../main/common/import/import-plan';
import { joinBrokenLines } from '../../../main/common/import/join-broken-lines';
import { joinWrappedCells, tableWrapWidth } from '../../../main/common/import/join-wrapped-cells';
import { makeLine } from '../../../main/common/import/line';
import { joinWrappedBreaks } from '../../../main/node/import/docx-soft-breaks';
import { measures, text } from './pattern-fixtures';

// Made-up copies in the style of the corpus, broken as a PDF copy or a hand-broken Word line breaks them.
const read = (lines: readonly string[]) => {
  const r = importPlan(lines.join('\n'));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
};
const rows = (lines: readonly string[]) => measures(read(lines).plan).map((m) => [text(m), [...m.leadUnits, ...m.supportUnits]]);

describe('a table set one cell a line, copied out of a PDF', () => {
  // The page is 30 columns wide: long task cells are broken at its edge.
  const table = [
    '某县2024年文化旅游工作任务分解表',
    '序号', '工作任务', '完成时限', '责任股室',
    '1', '完善县城至景区旅游线路观景平台及配套服务设施建设,精心策划2024年', '油菜花海观花活动。', '5月底', '旅游股',
    '2', '新建、改建旅游厕所6座。', '6月底', '旅游股',
    '3', '实施景区综合开发(梅花洞栈道)、田园综合体(二期)、生态农业观光示范', '园等4个重点项目建设,完成年度建设任务。', '12月底', '文物股',
    '4', '严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容,', '防范泄密风险。', '长期', '办公室',
    '5', '全年举办大型文旅活动3场次,全年接待游客140万人次,旅游综合收入6.', '8亿元。', '12月底', '文化股',
  ];

  it('reads a cell broken at the page width, or after a comma, as one cell', () => {
    expect(rows(table)).toEqual([
      ['完善县城至景区旅游线路观景平台及配套服务设施建设,精心策划2024年油菜花海观花活动。', ['旅游股']],
      ['新建、改建旅游厕所6座。', ['旅游股']],
      ['实施景区综合开发(梅花洞栈道)、田园综合体(二期)、生态农业观光示范园等4个重点项目建设,完成年度建设任务。', ['文物股']],
      ['严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容,防范泄密风险。', ['办公室']],
      ['全年举办大型文旅活动3场次,全年接待游客140万人次,旅游综合收入6.8亿元。', ['文化股']],
    ]);
  });

  it('finds a page width only where several long cells stop at one edge', () => {
    expect(tableWrapWidth(table)).toBeGreaterThanOrEqual(31);
    // A copy that keeps a cell a line: its longest cells are of all lengths.
    expect(tableWrapWidth(['1', '完善县城至景区旅游线路观景平台及配套服务设施建设。', '2', '新建、改建旅游厕所6座,提升服务水平。', '3', '全年举办大型文旅活动3场次,全年接待游客140万人次,旅游综合收入6.8亿元。'])).toBeNull();
    // A cell that ends a sentence, a short name or a number is whole even at the page's width.
    expect(joinWrappedCells(['新建、改建旅游厕所6座,提升服务水平,方便游客。', '县文旅局', '12月底'], 24).map((c) => c.text)).toEqual(['新建、改建旅游厕所6座,提升服务水平,方便游客。', '县文旅局', '12月底']);
  });
});

describe('a paragraph copied out of a PDF, broken every line', () => {
  const join = (lines: string[]) => joinBrokenLines(lines.map((l) => makeLine(l))).lines.map((l) => l.text);
  // Ten numbered lines of about 20 columns (the page's width) before the lines under test.
  const page = Array.from({ length: 10 }, (_, i) => `${i + 1}.正文内容正文内容正文内容正文内容。`);

  it('goes on after a full line closed by ； (a clause inside the paragraph), but not into a 署名', () => {
    const lines = [...page.slice(0, 8), '十、加强宣传', '要求:从现在开始,新闻媒体要加大;', '完成专题片和画册印制工作。', '各单位要高度重视，认真落实;', '某县人民政府'];
    expect(join(lines).slice(8)).toEqual(['十、加强宣传', '要求:从现在开始,新闻媒体要加大;完成专题片和画册印制工作。', '各单位要高度重视，认真落实;', '某县人民政府']);
  });

  it('keeps a "责任单位:" line after a sentence\'s end its own line, so the measure above gets its units', () => {
    const lines = [...page.slice(0, 8), '(三)对城乡结合部进行整治。要求:加强', '管理,周边环境卫生整洁。', '责任单位:各街道、区相关部门', '(四)加强宣传。'];
    expect(join(lines).slice(8)).toEqual(['(三)对城乡结合部进行整治。要求:加强管理,周边环境卫生整洁。', '责任单位:各街道、区相关部门', '(四)加强宣传。']);
    const r = read(['某县环境整治方案', '一、基本要求', ...lines.slice(0, 8), '二、重点任务', ...lines.slice(8)]);
    expect(measures(r.plan).slice(-2).map((m) => [text(m).slice(0, 12), [...m.leadUnits, ...m.supportUnits]])).toEqual([
      ['对城乡结合部进行整治。要', ['各街道', '区相关部门']], ['加强宣传', []],
    ]);
  });
});

describe('a Word paragraph whose lines end with Shift+Enter', () => {
  // Page lines of 28 characters (a 公文's), each ended by a soft break.
  const wraps = ['根据《国务院关于深入开展爱国卫生运动的意见》精神，结合', '我市实际，制定本方案。请各单位结合实际，认真贯彻执行。', ' 邹城市人民政府办公室 2021年5月12日'];

  it('keeps a break after a file\'s name, however full the line', () => {
    expect(joinWrappedBreaks(['某市健康城市三年行动实施方案(2021—2023年).doc', ...wraps].join('\n')).split('\n')[0]).toBe('某市健康城市三年行动实施方案(2021—2023年).doc');
  });

  it('keeps a break after a line wider than the page\'s lines: the page did not wrap it', () => {
    const long = '关于印发某市建设国家健康城市三年攻坚行动实施方案的通知各镇人民政府各街道办事处';
    expect(joinWrappedBreaks([long, ...wraps].join('\n')).split('\n')[0]).toBe(long);
  });

  it('keeps one space the wrap fell on, drops an indent', () => {
    expect(joinWrappedBreaks(wraps.join('\n'))).toBe(wraps.join(''));
    expect(joinWrappedBreaks(['为加快推进农业农村现代化进程，根据省委省政府部署要', '　　求，制定本方案。'].join('\n'))).toBe('为加快推进农业农村现代化进程，根据省委省政府部署要求，制定本方案。');
  });

  it('takes the page width from two wrapped lines in a row, not from two lines as long by chance', () => {
    const para = ['发布日期:2025-07-15 16:38:09浏览次数: 来源:区发改局 字体:[ ]', '各街道办事处,区各有关单位:', '《某区推动经济高质量发展若干政策(2025年版)》已经区', '人民政府第26次常务会议研究同意,现印发给你们,请结合', '实际,认真组织实施。'];
    expect(joinWrappedBreaks(para.join('\n')).split('\n')).toEqual([para[0], para[1], para.slice(2).join('')]);
  });

  it('keeps a break before a part wider than the line above it: the rest of a wrapped line is never wider', () => {
    const para = ['您现在的位置:首页', '> 资源库栏目 > 政务专题 > 政策机制', '某区人民政府办公室关于印发某区推动经济高质量发展若干政策(2025年版)的通知'];
    expect(joinWrappedBreaks(para.join('\n')).split('\n')).toEqual(para);
  });

  it('keeps a web page\'s chrome and metadata lines, a line closed by a page\'s date and a 文号 alone a line each', () => {
    for (const para of [
      ['您当前的位置:首页 » 政务公开 » 信息公开目录 » 政策文件 » 政府文件', '某县人民政府办公室关于印发某县地质灾害应急预案的通知'],
      ['来源:某区人民政府办公室 发布日期:2019-03-15 字体:【', '某政发〔2019〕1号', '各乡、镇人民政府,区政府各部门:'],
      ['時間:2020年09月15日 點擊次數:13460', '新政辦〔2020〕23號'],
      ['2022年区委、区政府重点工作任务 2022-09-23', '2022年区委、区政府重点工作任务'],
    ]) expect(joinWrappedBreaks(para.join('\n')).split('\n')).toEqual(para);
  });

  it('keeps a 署名 or a title alone under a line that leaves no sentence open, joins a wrap\'s rest after a comma', () => {
    const sig = ['附件:1.2025年县政府工作报告任务分解', '2.2025年县政府重点工作备忘录任务分解', '某县人民政府办公室', '2025年5月18日'];
    expect(joinWrappedBreaks(sig.join('\n')).split('\n')).toEqual(sig);
    expect(joinWrappedBreaks('请于每月5日前将工作进展情况报送至县政府督查室和县人民政府、\n县发展和改革局').split('\n')).toHaveLength(1);
  });
});

describe('a web page printed to PDF, then copied', () => {
  it('drops the rest of a chrome line the page broke, so it does not run into the title', () => {
    const r = read([
      '您的当前位置: 首页>区农业农村委>政务公开>涉贫涉乡村振兴 > 乡村振兴区', '内政策',
      '某区农村人居环境整治领导小组办公室关于开展五年规划编制工作的通知', '日期:2021-03-31',
      '各镇人民政府，区级有关部门：', '一、工作任务', '（一）开展规划编制。各镇要按时完成编制。（责任单位：区农业农村委）',
    ]);
    expect(r.report.droppedLines).toContain('内政策');
    expect(r.plan.notice?.title ?? r.plan.meta.title).toBe('某区农村人居环境整治领导小组办公室关于开展五年规划编制工作的通知');
    // A short chrome line, or a title after one, stays.
    expect(isChromeTail('当前位置: 首页 > 政务公开', '政策法规')).toBe(false);
    expect(isChromeTail('您的当前位置: 首页>区农业农村委>政务公开>涉贫涉乡村振兴 > 乡村', '工作方案')).toBe(false);
    // A notice title's first line under a byline of page width is the title, not the byline's rest.
    expect(isChromeTail('来源: 某区人民政府 发布时间:2023-02-18 14:04 累计次数: 字体:[ ]', '区政府关于印发某区')).toBe(false);
  });
});
