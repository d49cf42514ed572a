import { describe, expect, it } from 'vitest';
import { findPerturbation, PERTURBATIONS, seededRng, seedOf, wrapLine } from '../../../main/common/import/eval/perturb';
import { importPlan } from '../../../main/common/import/import-plan';
import { joinBrokenLines, wrapWidth } from '../../../main/common/import/join-broken-lines';
import { makeLine } from '../../../main/common/import/line';
import { measures, text } from './pattern-fixtures';

// A made-up 印发 notice and plan in the style of the corpus: what each copy transformation is applied to.
const PLAN = [
  '某县人民政府办公室关于印发某县2024年优化营商环境重点任务分工方案的通知',
  '某政办发〔2024〕7号',
  '各乡镇人民政府，县直各有关单位：',
  '《某县2024年优化营商环境重点任务分工方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
  '某县人民政府办公室',
  '2024年3月5日',
  '某县2024年优化营商环境重点任务分工方案',
  '为深入贯彻落实《某省优化营商环境条例》，持续打造市场化、法治化、国际化的一流营商环境，结合我县实际，制定本方案。',
  '一、提升政务服务效能',
  '（一）深化“一网通办”改革。推进政务服务事项全部纳入一体化平台办理，实现高频事项“掌上办”“就近办”，全年网上可办率达到95%以上，群众满意度持续提升。（牵头单位：县行政审批局；责任单位：县直各有关单位，各乡镇人民政府）',
  '（二）推行告知承诺制。在企业开办、工程建设等领域扩大告知承诺制适用范围，除涉及国家安全、公共安全外，逐步以申请人承诺替代证明材料，加强事中事后监管。（县司法局牵头，县市场监管局、县住建局配合）',
  '二、降低企业经营成本',
  '（三）落实减税降费政策。全面落实国家和省、市出台的各项减税降费政策，确保政策红利直达快享，不折不扣落实到位。（责任单位：县税务局、县财政局）',
].join('\n');

const run = (name: string, seed = 1) => findPerturbation(name)!.apply(PLAN, seededRng(seedOf(seed, name, 'plan')));
const dense = (s: string) => s.replace(/\s/g, '');

describe('copy transformations (main/common/import/eval/perturb.ts)', () => {
  it('are deterministic for a seed, and differ with another seed where chance is used', () => {
    for (const p of PERTURBATIONS) expect(run(p.name, 7)).toBe(run(p.name, 7));
    expect(run('pdf-copy', 1)).not.toBe(run('pdf-copy', 2));
    const a = seededRng(42);
    const b = seededRng(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('keep every character a reader reads: only breaks, blanks, indents, page furniture and widths change', () => {
    const furniture = /^(— \d+ —|－\d+－|- \d+ -|-\d+-|\d{4}年第\d+期　+某某市人民政府公报)$/;
    for (const name of ['pdf-copy', 'pdf-header']) {
      const lines = run(name).split('\n');
      expect(dense(lines.filter((l) => !furniture.test(l)).join(''))).toBe(dense(PLAN));
      expect(lines.some((l) => furniture.test(l))).toBe(true);
    }
    for (const name of ['no-blank-lines', 'extra-blank-lines', 'indent-fullwidth', 'indent-spaces', 'no-indent', 'crlf', 'trailing-spaces', 'bom']) {
      expect(dense(run(name).replace(/^\uFEFF/, ''))).toBe(dense(PLAN));
    }
    expect(run('halfwidth-punct')).toContain('各乡镇人民政府,县直各有关单位:');
    expect(run('halfwidth-punct')).not.toMatch(/[，：；（）]/);
    expect(run('fullwidth-digits')).toContain('某政办发〔２０２４〕７号');
    expect(run('crlf').split('\r\n')).toHaveLength(PLAN.split('\n').length);
    expect(run('bom').startsWith('\uFEFF')).toBe(true);
  });

  it('break a PDF line at its width by Chinese rules: no closing mark starts a line, numbers and glossed characters stay whole', () => {
    const rows = wrapLine('全年网上可办率达到95%以上，群众满意度（含企业）持续提升，“掌上办”事项达到1200项，發(fā)展', 10);
    expect(rows.join('')).toBe('全年网上可办率达到95%以上，群众满意度（含企业）持续提升，“掌上办”事项达到1200项，發(fā)展');
    for (const r of rows) expect(r).not.toMatch(/^[，。、）”]/);
    for (const r of rows) expect(r).not.toMatch(/[（“]$/);
    expect(rows.some((r) => r.includes('95%'))).toBe(true);
    expect(rows.some((r) => r.includes('1200'))).toBe(true);
    expect(rows.some((r) => r.includes('發(fā)'))).toBe(true);
  });
});

describe('copies that differ: the importer reads them as the original', () => {
  const original = importPlan(PLAN);
  if (!original.ok) throw new Error(original.error.detail);
  const base = original.value.plan;
  const summary = (plan: typeof base) => ({
    title: plan.meta.title, notice: plan.notice?.title, docNumber: plan.meta.docNumber, date: plan.meta.date,
    recipients: plan.meta.mainRecipients, signature: plan.meta.signature,
    measures: measures(plan).map((m) => [text(m).slice(0, 12), m.leadUnits, m.supportUnits]),
  });

  it('the made-up plan itself imports with its three measures and their units', () => {
    expect(summary(base).measures).toEqual([
      ['深化“一网通办”改革。推', ['县行政审批局'], ['县直各有关单位', '各乡镇人民政府']],
      ['推行告知承诺制。在企业开', ['县司法局'], ['县市场监管局', '县住建局']],
      ['落实减税降费政策。全面落', ['县税务局', '县财政局'], []],
    ]);
  });

  for (const p of PERTURBATIONS) {
    it(`${p.name}: the same head and measures for seeds 1–5`, () => {
      for (let seed = 1; seed <= 5; seed++) {
        const r = importPlan(run(p.name, seed));
        if (!r.ok) throw new Error(r.error.detail);
        expect(summary(r.value.plan)).toEqual(summary(base));
      }
    });
  }
});

describe('the rules behind the fixes, on made-up lines', () => {
  const join = (lines: string[]) => joinBrokenLines(lines.map((l) => makeLine(l))).lines.map((l) => l.text);
  // Ten numbered lines of about 20 columns (a PDF page's width) before the lines under test, to give the copy its width.
  const page = Array.from({ length: 10 }, (_, i) => `${i + 1}.正文内容正文内容正文内容正文内容。`);

  it('finds the width of a copy broken at a fixed width, and none in a copy that keeps a paragraph a line', () => {
    expect(wrapWidth(page.map((l) => makeLine(l)))).toBeGreaterThanOrEqual(19);
    expect(wrapWidth(page.map((l) => makeLine(l)))).toBeLessThanOrEqual(21);
    const web = ['为深入贯彻落实党的二十大精神，结合实际，制定本方案。', '一、总体要求', '坚持以人民为中心的发展思想，全面提升政务服务水平，持续优化营商环境，为高质量发展提供有力支撑。',
      '（一）深化改革。推进一网通办，实现高频事项掌上办。', '到2025年，全县营商环境跻身全省前列，市场主体活力明显增强，群众和企业满意度达到95%以上。', '二、重点任务',
      '各单位要高度重视，加强组织领导。', '（二）强化督查。将工作纳入年度考核，定期通报进展，对工作不力的单位严肃问责，确保各项任务落到实处。'];
    expect(wrapWidth(web.map((l) => makeLine(l)))).toBeNull();
  });

  it('joins a full line that ends no sentence, even a short （一） line or one closed by ” or ）', () => {
    const lines = [...page.slice(0, 8), '（一）深化“一网通办”改革。推进政务服', '务事项全部纳入平台，实现“掌上办”', '“就近办”。（牵头单位：县行政审批局）'];
    expect(join(lines).slice(-1)[0]).toBe('（一）深化“一网通办”改革。推进政务服务事项全部纳入平台，实现“掌上办”“就近办”。（牵头单位：县行政审批局）');
  });

  it('keeps a full title, a 文号 under it, a numbered item and a 署名 after a full 。 line apart', () => {
    const lines = [...page.slice(0, 8), '某县人民政府关于印发优化营商环境方案的通知', '某政发〔2024〕7号', '各单位要高度重视，认真抓好贯彻落实工作。', '某县人民政府', '99.加强政务服务体系建设，提升办事效率）', '100.推进告知承诺制。'];
    expect(join(lines).slice(8)).toEqual(lines.slice(8));
  });

  it('goes on after a comma or a label inside an open bracket, and joins a metadata line a page broke', () => {
    expect(join(['（二）推行告知承诺制，', '逐步以承诺替代证明。'])).toEqual(['（二）推行告知承诺制，逐步以承诺替代证明。']);
    expect(join(['3.规范备案管理，编制事项清单。（牵头单位：', '区政府办公室；责任单位：区司法局）'])).toEqual(['3.规范备案管理，编制事项清单。（牵头单位：区政府办公室；责任单位：区司法局）']);
    const meta = [...page.slice(0, 8), '索引号：000014349/2024-00012 名称：关于印发某县优化营商环', '境方案的通知 文号：某政发〔2024〕7号'];
    expect(join(meta).slice(-1)[0]).toBe('索引号：000014349/2024-00012 名称：关于印发某县优化营商环境方案的通知 文号：某政发〔2024〕7号');
  });

  it('drops page numbers and a gazette running head, gives a note alone on its line to the measure above, reads full-width digits', () => {
    const r = importPlan([
      '某县2024年优化营商环境工作方案', '— 1 —', '2024年第3期　　某市人民政府公报', '一、重点任务', '1.深化政务服务改革。推进事项全部纳入平台办理。',
      '（县行政审批局牵头，县司法局、县住建局配合）', '－2－', '2.落实减税降费政策，按照（某政发〔２０２４〕', '１９号)要求执行。（责任单位：县税务局）',
      '某县人民政府', '２０２４年３月５日',
    ].join('\n'));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.report.droppedLines).toEqual(['— 1 —', '2024年第3期　　某市人民政府公报', '－2－']);
    expect(measures(r.value.plan).map((m) => [text(m).slice(0, 8), m.leadUnits, m.supportUnits])).toEqual([
      ['深化政务服务改革', ['县行政审批局'], ['县司法局', '县住建局']],
      ['落实减税降费政策', ['县税务局'], []],
    ]);
    expect(r.value.plan.meta.date).toBe('2024-03-05');
    expect(r.value.report.recognised.join('\n')).toMatch(/12 个全角数字/);
  });
});
