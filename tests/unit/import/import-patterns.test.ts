import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { DIR, load, measures, text } from './pattern-fixtures';
import { recognizeBody } from '../../../main/common/import/recognize-body';
import { formatImportReport } from '../../../main/common/import/import-report';
import { Plan } from '../../../main/common/model/plan';


describe('import patterns (made-up texts in the style of real plans)', () => {
  it('"一、…。…（X负责）" items of a 通知 are measures with their units, not sections', () => {
    const { plan, report } = load('top-level-measures');
    expect(plan.sections).toEqual([]);
    const m = measures(plan);
    expect(m.map((i) => i.children[0]!.text)).toEqual(['稳定粮食播种面积。', '抓好农资供应保障。', '强化农业技术指导。']);
    expect(m.map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['县农业农村局'], []], [['县供销社', '县市场监管局'], []], [['县农业农村局'], ['各乡镇人民政府']],
    ]);
    expect(report.guesses.some((g) => g.confidence < 1 && /条目/.test(g.what))).toBe(true);
  });

  it('a heading over 200 characters degrades to a short heading and a paragraph; the file is not lost', () => {
    const { plan, report } = load('long-heading');
    const s = plan.sections[0]!;
    expect(s.title.length).toBeLessThanOrEqual(60);
    expect(s.body[0]).toMatchObject({ type: 'paragraph' });
    expect(report.warnings.some((w) => /标题过长/.test(w))).toBe(true);
    expect(measures(plan)).toHaveLength(1);
  });

  it('unnumbered paragraphs under （一） group headings are measures; 保障措施 paragraphs are not', () => {
    const { plan, report } = load('group-paragraphs');
    // Each group holds one paragraph: the group is the task, its heading the measure's title (blind round 25).
    expect(measures(plan).map((i) => text(i).slice(0, 8))).toEqual(['推进涉企政策公开', '推进行政执法信息']);
    expect(measures(plan).map((i) => text(i))).toEqual([expect.stringContaining('全面梳理涉企政策'), expect.stringContaining('严格落实行政执法')]);
    expect(plan.sections[1]!.body[0]).toMatchObject({ type: 'paragraph' });
    expect(report.guesses.filter((g) => /按措施导入/.test(g.what))).toHaveLength(2);
  });

  it('notations: 指导, 牵头/参与, 会同有关部门, 责任单位 on its own line, two unit groups in one measure', () => {
    const m = measures(load('notations').plan);
    expect(m.map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['县行政审批局', '县市场监管局'], []],
      [['县住建局'], ['县自然资源局', '县行政审批局']],
      [['县发展改革局'], ['有关部门']],
      [['县市场监管局', '县财政局'], []],
      [['县税务局', '县财政局'], []],
    ]);
  });

  it('"排在第一位的部门为牵头部门" and "以下各项均需…落实，不再列出" apply to later measures', () => {
    const m = measures(load('standing-rules').plan);
    expect(m.map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['市人社局'], ['市发展改革委', '市财政局']],
      [['市人社局'], ['市教育局', '各县区人民政府']],
      [['市人社局'], ['市财政局', '各县区人民政府']],
    ]);
  });

  it('TAB-separated task-table rows in a .txt are read as a table, not glued into one paragraph', () => {
    const { plan, report } = load('tab-table');
    expect(plan.attachments).toHaveLength(1);
    expect(formatImportReport(report)).toMatch(/任务分解表|表格/);
    expect(measures(plan).map((i) => i.deadline)).toEqual(['2024年6月底', '2024年12月底']);
  });

  it('a document without 印发通知: title over two lines, 文号, 主送, and 署名/damaged 成文日期/附注 at the end', () => {
    const { plan, report } = load('no-notice');
    expect(plan.notice).toBeNull();
    expect(plan.meta).toMatchObject({
      title: '某省人民政府关于进一步加强安全生产工作的意见', docNumber: { agency: '某政发', year: 2024, serial: 12 },
      mainRecipients: ['各市、县人民政府', '省政府各部门'], signature: '某省人民政府', date: '2024-04-19', note: '（此件公开发布）',
    });
    expect(report.guesses.some((g) => /2024419/.test(g.what) && g.confidence < 1)).toBe(true);
  });

  it('a web copy: metadata block, pinyin glosses in traditional text, the notice and the plan', () => {
    const { plan, report } = load('web-copy');
    expect(plan.meta).toMatchObject({
      title: '某縣質量提升行動方案', docNumber: { agency: '某政办发', year: 2024, serial: 7 }, signature: '某縣人民政府辦公室', date: '2024-03-05',
      mainRecipients: ['各鄉鎮人民政府、街道辦事處', '縣直各有關單位'],
    });
    expect(plan.notice?.title).toBe('某縣人民政府辦公室關于印發某縣質量提升行動方案的通知');
    expect(JSON.stringify(plan)).not.toMatch(/\((fā|zhì)\)|索引号/);
    expect(report.recognised.some((r) => /拼音/.test(r))).toBe(true);
  });

  it('主送: 、 inside one recipient is kept; ， separates recipients', () => {
    expect(load('recipients').plan.meta.mainRecipients).toEqual(['各市（州）、县（市、区）人民政府', '省政府各部门、各直属机构']);
    expect(load('recipients-one').plan.meta.mainRecipients).toEqual(['各省、自治区、直辖市人民政府']);
  });

  it('the recognizer runs on a list of paragraphs (paste): levels, run-in titles and units', () => {
    const r = recognizeBody([{ text: '一、重点任务' }, { text: '（一）加快项目建设' }, { text: '1.推进重点项目开工。年内开工30个。（县发展改革局负责）' }]);
    expect(r.sections[0]!.title).toBe('重点任务');
    const item = r.sections[0]!.sections[0]!.body[0]!;
    expect(item).toMatchObject({ type: 'item', level: 3, role: 'measure', leadUnits: ['县发展改革局'], children: [{ text: '推进重点项目开工。', lead: true }, { text: '年内开工30个。' }] });
  });

  it('a text holding the same document many times imports one copy and says so', () => {
    const one = readFileSync(path.join(DIR, 'recipients.txt'), 'utf8').trim();
    const r = importPlan(Array(925).fill(one).join('\n'));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.report.counts.measures).toBe(1);
    expect(r.value.report.warnings).toContain('原文中同一份文件连续重复了 925 次，只导入了第一份');
  });

  it('"2.主要目标" followed by plain paragraphs: those with a figure are targets under it; 等有关部门 keeps 有关部门', () => {
    const { plan, report } = load('targets-after-heading');
    const items = Plan.items(plan).map((l) => l.item);
    const targets = items.filter((i) => i.role === 'target');
    expect(targets.map((t) => [t.level, text(t).slice(0, 8)])).toEqual([
      [4, '粮食生产保持稳定'], [4, '农民收入持续增长'], [3, '全年新增市场主体'],
    ]);
    // The overall aim has no figure: it stays a paragraph; 1.–2. of 总体要求 stay points.
    expect(plan.sections[0]!.body.filter((b) => b.type === 'paragraph')).toHaveLength(1);
    expect(items.filter((i) => i.role === 'point')).toHaveLength(2);
    expect(measures(plan).map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['县农业农村局', '县发展改革局', '有关部门'], []],
      [['县农业农村局'], ['县财政局']],
    ]);
    // "各乡镇要…落实" without a figure is not a target (here it is the plan's closing).
    expect(plan.sections[2]!.body.map((b) => b.type)).toEqual(['item']);
    expect(plan.closing).toHaveLength(1);
    expect(report.guesses.filter((g) => /按目标导入/.test(g.what))).toHaveLength(3);
  });

  it('a target under 主要预期目标 that names its units keeps them: a target, not a plain paragraph', () => {
    const r = importPlan(['某县2024年国民经济和社会发展计划主要任务分解方案', '一、主要预期目标',
      '地区生产总值增长6%左右；一般公共预算收入增长5%。（县发改局、县财政局牵头）', '城镇新增就业3000人以上。（县人社局负责）',
      '二、重点任务', '（一）扩大有效投资。实施重点项目100个。（县发改局牵头）'].join('\n'));
    if (!r.ok) throw new Error(r.error.detail);
    const targets = Plan.items(r.value.plan).map((l) => l.item).filter((i) => i.role === 'target');
    expect(targets.map((t) => [text(t).slice(0, 6), t.leadUnits])).toEqual([
      ['地区生产总值', ['县发改局', '县财政局']], ['城镇新增就业', ['县人社局']],
    ]);
    expect(measures(r.value.plan).map((i) => i.leadUnits)).toEqual([['县发改局']]);
  });

  it('a 责任单位 line with a rule in brackets: the rule applies here and later; 、 inside 各县（市、区） is one unit', () => {
    const { plan, report } = load('units-line-rule');
    expect(measures(plan).map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['市发展改革委'], ['市统计局', '各县（市、区）人民政府']],
      [['市国资委'], ['市财政局']],
      [['市财政局'], []],
    ]);
    expect(report.guesses.some((g) => /排在第一位的单位牵头/.test(g.what))).toBe(true);
  });

  it('a metadata block written without colons ("索引号 …  发布机构 …") is page data, not the title', () => {
    const { plan } = load('spaced-metadata');
    expect(plan.meta).toMatchObject({ title: '某县2024年重点工作任务分解', date: '2024-02-20', issuer: '某县人民政府办公室' });
    expect(measures(plan)[0]!.leadUnits).toEqual(['县财政局']);
  });

  it('a notice with its own 一、二、 requirements ends at its date; the plan title follows over two lines', () => {
    const { plan } = load('notice-requirements');
    expect(plan.meta).toMatchObject({ title: '某市2024年重点任务责任分解方案', signature: '某市人民政府办公厅', date: '2024-01-20' });
    expect(plan.notice!.body).toHaveLength(3);
    expect(plan.sections.map((s) => s.title)).toEqual(['重点任务']);
    expect(measures(plan).map((i) => [i.leadUnits, i.supportUnits])).toEqual([[['市发改委'], ['各区人民政府']]]);
  });

  it('a 印发通知 whose plan is not in the text: its 一、二、 requirements stay notice text, not measures', () => {
    const { plan, report } = load('notice-only');
    expect(measures(plan)).toEqual([]);
    expect(plan.sections).toEqual([]);
    expect(plan.notice!.body.slice(1).map((b) => (b.type === 'paragraph' ? text(b) : '').slice(0, 6))).toEqual(['一、强化责任', '二、严格督查']);
    expect(report.guesses.some((g) => /通知提出的要求/.test(g.what))).toBe(true);
  });

  it('a title line followed by "（2025年版）" on its own line is one title', () => {
    const text = ['各乡镇人民政府：', '《关于推动经济高质量发展若干政策举措（2025年版）》已经区政府同意，现印发给你们。', '某区人民政府', '2025年4月1日',
      '关于推动经济高质量发展若干政策举措', '（2025年版）', '一、强化科技创新', '（一）加强平台建设。新建平台3个。（区科技局负责）'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.meta.title).toBe('关于推动经济高质量发展若干政策举措（2025年版）');
  });

  it('a notice handing over an 办法 (第一章/第一条) with no plan text imports it as a regulation document', () => {
    const { plan, report } = load('regulation-body');
    expect(plan.meta).toMatchObject({ title: '某县专项资金管理办法', signature: '某县人民政府办公室', date: '2024-02-28', docNumber: { agency: '某政办发', year: 2024, serial: 5 } });
    expect(plan.notice?.title).toBe('某县人民政府办公室关于印发《某县专项资金管理办法》的通知');
    const a = plan.attachments[0]!;
    expect(a.kind === 'document' && a.numberingScheme).toBe('regulation');
    expect(a.kind === 'document' && a.sections.map((s) => s.body.length)).toEqual([2, 1]);
    expect(report.guesses.some((g) => /办法（3 条）/.test(g.what))).toBe(true);
  });

  it('a gazette head: metadata table with spread keys and no colons, 文号 and 成文日期 on one line; run-in paragraphs under 一、 are measures', () => {
    const { plan } = load('gazette-head');
    expect(plan.meta).toMatchObject({
      title: '某省人民政府关于进一步扩大有效投资的实施意见', docNumber: { agency: '某政', year: 2024, serial: 3 }, date: '2024-02-29',
      mainRecipients: ['各市、县人民政府', '省人民政府各部门'],
    });
    const s = plan.sections[0]!;
    expect(s.body.map((b) => b.type)).toEqual(['paragraph', 'item', 'item']);
    expect(measures(plan).map((i) => i.children[0]!.text)).toEqual(['加快铁路网络建设。', '加强水利设施建设。']);
  });

  it('a notice copied without its 主送: notice title, metadata cells, body, 署名, date, the 办法 title over two lines', () => {
    const { plan } = load('notice-no-recipients');
    expect(plan.meta).toMatchObject({ title: '某县涉农资金管理办法', signature: '某县人民政府办公室', date: '2024-03-05', docNumber: { agency: '某政办发', year: 2024, serial: 8 } });
    expect(plan.notice?.title).toBe('某县人民政府办公室关于印发《某县涉农资金管理办法》的通知');
    expect(plan.attachments[0]).toMatchObject({ kind: 'document', numberingScheme: 'regulation' });
  });

  it('a heading "(由X牵头实施)" gives the part its assignee; ㈠ labels; the fuller title over two lines; page chrome', () => {
    const { plan } = load('heading-assignee');
    expect(plan.meta.title).toBe('某县人民政府关于加快服务业发展的实施意见（试行）');
    expect(plan.sections.map((s) => [s.title, s.assignee])).toEqual([['扩大有效投资', '县发改局'], ['重点发展领域', null]]);
    expect(measures(plan).map((i) => [i.children[0]!.text, i.leadUnits])).toEqual([
      ['加大财政支持力度。', ['县发改局']], ['加强要素保障。', ['县发改局']], ['大力发展商贸业。', ['县商务局']], ['加快发展物流业。', ['县交通运输局']],
    ]);
  });

  it('a collection page: chrome lines, "第一篇：", metadata in 【】 labels, the 文号 in brackets under the title', () => {
    const { plan } = load('collection-page');
    expect(plan.meta).toMatchObject({ title: '某市人民政府办公厅关于加强社区体育设施建设的意见', docNumber: { agency: '某府办', year: 2024, serial: 7 } });
    expect(measures(plan)[0]!.leadUnits).toEqual(['市体育局']);
  });

  it('toneless pinyin glosses ("政(zheng)府(fu)", "區(qu)(qu)") are removed when a text has several; a site banner is dropped', () => {
    const { plan, report } = load('toneless-pinyin');
    expect(plan.meta).toMatchObject({
      docNumber: { agency: '某农厅发', year: 2024, serial: 9 }, mainRecipients: ['各市、縣人民政府', '自治區人民政府各組成部門'],
      signature: '某區農業農村廳、某區財政廳', date: '2024-01-22', title: '某區高標準農田建設方案',
    });
    expect(JSON.stringify(plan)).not.toMatch(/\((zheng|fu|qu|nong|yao)\)/);
    expect(report.recognised.some((r) => /拼音/.test(r))).toBe(true);
  });

  it('a document issued as it is, signed by an organ whose name ends in 院 or 署', () => {
    const text = ['某市中级人民法院关于优化诉讼服务的意见', '各基层人民法院：', '一、重点任务', '（一）推行网上立案。全年网上立案率达到80%。（立案庭负责）',
      '某市中级人民法院', '2024年5月6日'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.meta).toMatchObject({ signature: '某市中级人民法院', date: '2024-05-06' });
  });

  it('compound unit labels (牵头责任单位, 主要协作单位), "分别牵头", a "first leads" rule, breadcrumbs and chrome', () => {
    const { plan } = load('compound-labels');
    expect(plan.meta.title).toBe('某县2024年重点工作任务分解');
    expect(measures(plan).map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['县卫健委', '县民政局'], ['各乡镇人民政府', '县政府有关部门']],
      [['县人社局', '县农业农村局'], []],
      [['县住建局'], ['县财政局']],
      [['县文旅局'], ['县财政局']],
    ]);
  });

  it('a notice title broken inside its bracket ("…三年行动计划" / "(2023—2025年)的通知") is one title', () => {
    const text = ['关于印发某市卫生体系建设三年行动计划', '(2023—2025年)的通知', '各区人民政府：', '《某市卫生体系建设三年行动计划(2023—2025年)》已经市政府同意，现印发给你们。',
      '某市人民政府办公室', '2023年12月25日', '某市卫生体系建设三年行动计划(2023—2025年)', '一、重点任务', '（一）新建医院2所。（市卫健委负责）'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.notice?.title).toBe('关于印发某市卫生体系建设三年行动计划(2023—2025年)的通知');
  });

  it('a 通知 issued as it is that hands a decomposition over: its run-in 一、二、 without units are requirements, not measures', () => {
    const { plan, report } = load('notice-requirements-itself');
    expect(measures(plan)).toEqual([]);
    expect(plan.sections.map((s) => s.title)).toEqual(['细化任务抓落实', '明确责任抓落实']);
    expect(report.guesses.some((g) => /提出的要求/.test(g.what))).toBe(true);
  });
});
