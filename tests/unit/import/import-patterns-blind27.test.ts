import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 27 (docs/import.md), in made-up texts of the same style.
const units = (m: { leadUnits: string[]; supportUnits: string[] }) => [...m.leadUnits, ...m.supportUnits];

describe('blind round 27 patterns (layout)', () => {
  it('a task title set apart, its text on the next line led by "。": the line goes on the task', () => {
    const { plan } = load('blind27-stop-led-line');
    const ms = measures(plan);
    expect(ms).toHaveLength(2);
    expect(text(ms[0]!)).toMatch(/^推进背街小巷环境整治。对照整治标准/);
    expect(text(ms[1]!)).toMatch(/^完善公共厕所运维机制。推行公厕所长制/);
  });

  it('"行动1：…" over "——任务1：…": an action is a group, each task a measure', () => {
    const { plan } = load('blind27-labelled-numbers');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['开展城市更新专项', '制定各区年度城市', '推进更新单元规划', '深入实施土地储备']);
    expect(plan.sections[0]!.sections.map((s) => s.title)).toEqual(['加强规划引领与任务统筹', '推动更新单元规划编制与实施']);
  });

  it('"二、计划安排" over dated stage steps: the timetable, not measures', () => {
    const { plan } = load('blind27-plan-timetable');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['加大市花推广应用', '提升市花养护水平']);
  });
});

describe('blind round 27 patterns (units)', () => {
  it('"A牵头负责，B、各区政府组织落实" and other duty verbs: the verbs are not units', () => {
    const { plan } = load('blind27-duty-verbs');
    expect(measures(plan).map(units)).toEqual([
      ['市住房城乡建设管理委', '各区政府'],
      ['市公安局', '市市场监管局', '各区政府'],
      ['市应急局', '市市场监管局', '各区政府'],
      ['市市场监管局', '市商务委', '各区政府'],
      ['市住房城乡建设管理委', '市财政局', '市民政局'],
      ['市住房城乡建设管理委', '市发展改革委', '市国资委', '市消防救援总队', '各区政府'],
    ]);
  });

  it('"以下均需A落实，B负责…，不再单独列出": the whole sentence is the standing note; this task keeps its own units', () => {
    const { plan } = load('blind27-standing-note');
    const ms = measures(plan);
    expect(units(ms[0]!).sort()).toEqual(['信用监督管理处', '区市场监管局', '市局特种设备安全监察处', '执法稽查处'].sort());
    expect(units(ms[1]!).sort()).toEqual(['信用监督管理处', '区市场监管局', '市局特种设备安全监察处'].sort());
  });

  it('"…经营场所（含充装单位）内…": a note of what is included is no units', () => {
    const { plan } = load('blind27-includes-note');
    expect(measures(plan).map(units)).toEqual([['市局产品质量安全监督管理处', '信用监督管理处'], ['市局产品质量安全监督管理处']]);
  });
});

describe('blind round 27 patterns (PDF copies of the round, as the corpus perturbation makes them)', () => {
  it('a PDF line full of "，；" closed by "；" at the page width: measured as written, it is full and the task goes on', () => {
    const { plan } = load('blind27-pdf-punct-width');
    const ms = measures(plan);
    expect(ms).toHaveLength(3);
    expect(text(ms[1]!)).toContain('分批有序推进；政府补贴，各方共担');
    expect(units(ms[1]!)).toEqual(['市住房城乡建设管理委', '市发展改革委', '各区政府']);
  });

  it('"20座（…）" at a line\'s start is a count carried down, not item 20: the target paragraph goes on', () => {
    const { plan } = load('blind27-count-line-start');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets).toHaveLength(1);
    expect(text(targets[0]!)).toContain('特色园20座');
  });
});
