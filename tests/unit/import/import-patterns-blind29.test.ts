import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Parameters<typeof items>[0]) => items(plan).filter((i) => i.role === 'target');

// Patterns behind the misses of blind round 29 (docs/import.md), in made-up texts of the same style.
describe('blind round 29 patterns (targets)', () => {
  it('"到2027年,…" under 总体要求 with no figure, then "——…" lines: those with a figure are the targets', () => {
    const { plan } = load('blind29-aim-by-year');
    expect(targets(plan).map((t) => text(t).replace(/^——/, '').slice(0, 8))).toEqual(['产品质量水平稳步', '品牌建设取得新成']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强质量基础', '提升工程质量']);
  });

  it('"二、目标任务" over run-in "1.…。" items without a figure: they are its tasks, its figure paragraph a target', () => {
    const { plan } = load('blind29-targets-and-tasks');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['培育区域质量', '完善标准化工', '夯实计量检测']);
    expect(targets(plan).map((t) => text(t).slice(0, 8))).toEqual(['全区质量工作考核']);
  });
});

describe('blind round 29 patterns (head)', () => {
  it('a request for comments copied from its text: contact lines and the 附件 list before its 署名 and date end it', () => {
    const { plan } = load('blind29-comment-request-tail');
    expect(plan.meta).toMatchObject({ title: '某县质量强县建设实施方案(征求意见稿)', signature: '某县市场监督管理局', date: '2026-03-01' });
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['夯实质量基础', '加强品牌培育']);
  });
});

describe('blind round 29 patterns (附注)', () => {
  it('"<此件公开发布>" above the 署名 and date: the 附注, and the notice ends at its date', () => {
    const { plan } = load('blind29-note-above-signature');
    expect(plan.meta).toMatchObject({ note: '<此件公开发布>', signature: '某县质量强县工作领导小组办公室', date: '2025-03-12' });
    expect(plan.meta.title).toBe('某县质量提升行动实施方案');
    expect(JSON.stringify(plan.notice?.body ?? [])).not.toContain('此件');
  });
});

describe('blind round 29 patterns (run-together copies)', () => {
  it('"2024年…工作方案为深入实施…。一、总体要求(一)…" on one line: a title run into its opening is a copy run together', () => {
    const { plan } = load('blind29-title-run-in');
    expect(plan.meta.title).toBe('2024年质量强县工作方案');
    expect(plan.sections.map((s) => s.title)).toEqual(['总体要求']);
  });
});

describe('blind round 29 patterns (requests for comments and news copies)', () => {
  it('"某局关于征求《X》意见的通告" with no 主送: a wrapper; its 一、二、三、 ways to reply are no measures', () => {
    const { plan } = load('blind29-comment-notice');
    expect(plan.notice?.title).toBe('某市市场监督管理局关于征求《某市标准化发展实施方案》意见的通告');
    expect(plan.meta).toMatchObject({ title: '某市标准化发展实施方案(征求意见稿)', signature: '某市市场监督管理局', date: '2026-04-10' });
    expect(measures(plan)).toEqual([]);
  });

  it('a news lead closed by "原文如下:" over the 通告 it reproduces: the lead is not the head', () => {
    const { plan } = load('blind29-report-lead');
    expect(plan.notice?.title).toBe('某市市场监督管理局关于征求《某市品牌建设实施方案》意见的通告');
    expect(plan.meta).toMatchObject({ title: '某市品牌建设实施方案(征求意见稿)', signature: '某市市场监督管理局', date: '2026-04-12' });
    expect(measures(plan)).toEqual([]);
  });
});

describe('blind round 29 patterns (PDF copies of a request for comments)', () => {
  it('its sentences run together on one long line and wrapped over two: still the notice\'s text before its 署名', () => {
    const { plan } = load('blind29-comment-request-wrapped');
    expect(plan.meta).toMatchObject({ title: '某县标准化发展实施方案(征求意见稿)', signature: '某县市场监督管理局', date: '2026-05-30' });
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完善地方标准', '推进标准化试']);
  });
});
