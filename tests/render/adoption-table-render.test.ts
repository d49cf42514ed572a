import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAdoptionDocx } from '../../main/common/docx/adoption-table/adoption-table-docx';
import { GBT9704_STYLE } from '../../main/common/docx/gbt9704-style';
import type { ReviewRound } from '../../main/common/model/review-round';
import { packDocx } from '../../main/node/docx/pack-docx';
import { samplePlan } from '../unit/model/fixtures';
import { convertToPdf, ensureFonts, readBoxes, requireTools, type Word } from './render-kit';

// The 采纳情况表 as LibreOffice lays it out: 序号 narrow, a unit name of 8 字 and 不予采纳 each on one line,
// 意见内容 and 理由 sharing the rest of the 版心 (GB/T 9704 5.2.1: 156 mm from 28 mm).

const LONG_UNIT = '旗市场监督管理局';
const round: ReviewRound = {
  id: 'r', name: '征求意见稿', deadline: '2026-12-31', startedAt: '2026-12-01T00:00:00Z', startedBy: '', versionId: null, closed: false,
  departments: [LONG_UNIT, '旗发展和改革局', '旗财政局'].map((name) => ({ name, inviteId: null, answer: 'pending' as const, answeredAt: null })),
  opinions: [
    { id: 'a', department: LONG_UNIT, kind: 'suggestion', place: '二、（一）1.', content: '建议将“提高产品质量”改为“全面提升产品、工程和服务质量，推动质量变革”', decision: 'rejected', reason: '与上级文件提法一致，本方案不作修改，下一步在年度工作要点中予以体现', at: '2026-12-02T00:00:00Z' },
    { id: 'b', department: '旗发展和改革局', kind: 'comment', place: '一、2.', content: '关于“工程质量”：请补充工程质量的考核口径', decision: 'partly', reason: '已补充考核口径', at: '2026-12-02T00:00:00Z' },
  ],
};

const mm = (twips: number) => (twips / 1440) * 25.4;
const LEFT = mm(GBT9704_STYLE.page.left);
const RIGHT = LEFT + mm(GBT9704_STYLE.page.textWidth);
const MARGIN = mm(GBT9704_STYLE.table.cellMargin);
let words: Word[] = [];

beforeAll(async () => {
  requireTools();
  ensureFonts();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-adoption-render-'));
  const file = path.join(dir, 'adoption.docx');
  writeFileSync(file, await packDocx(buildAdoptionDocx({ ...samplePlan(), round }, '2026-12-05')));
  words = readBoxes(convertToPdf([file], dir)[0]!).flatMap((p) => p.lines.flatMap((l) => l.words));
}, 300_000);

const word = (text: string) => {
  const found = words.find((w) => w.text === text);
  expect(found, `“${text}” on one line`).toBeTruthy();
  return found!;
};

describe('采纳情况表 column widths, rendered', () => {
  it('a unit name of 8 字 and 不予采纳 / 部分采纳 / the header 是否采纳 are each on one line', () => {
    word(LONG_UNIT);
    word('旗发展和改革局');
    for (const t of ['不予采纳', '部分采纳', '是否采纳']) word(t);
  });

  it('序号 is narrow, 单位 no wider than 8 字 need, 意见内容 and 理由 share the rest, all inside the 版心', () => {
    const unitX = word(LONG_UNIT).x0 - MARGIN;
    const contentX = word('尚未反馈').x0 - MARGIN;
    const reasonX = Math.min(...words.filter((w) => w.text.startsWith('已补充考核口径')).map((w) => w.x0)) - MARGIN;
    const index = unitX - LEFT;
    const unit = contentX - unitX;
    expect(index).toBeLessThan(13);
    expect(unit).toBeLessThan(8 * (12 * 25.4 / 72) + 2 * MARGIN + 3);
    // Where each column's text reaches: both wide columns are filled by the long opinion and reason.
    const header = word('序号');
    const cells = words.filter((w) => w.y0 > header.y1);
    const reach = (x0: number, x1: number) => Math.max(...cells.filter((w) => w.x0 >= x0 - 0.5 && w.x0 < x1).map((w) => w.x1)) - x0;
    const decision = word('不予采纳');
    const content = reach(contentX + MARGIN, decision.x0 - 1);
    const reason = reach(reasonX + MARGIN, RIGHT);
    expect(content).toBeGreaterThan(45);
    expect(reason).toBeGreaterThan(30);
    expect(content).toBeGreaterThan(reason);
    // 是否采纳 sits between them, and nothing crosses the 版心's right edge.
    expect(decision.x0).toBeGreaterThan(contentX + MARGIN + content);
    expect(decision.x1).toBeLessThan(reasonX);
    expect(Math.max(...words.map((w) => w.x1))).toBeLessThanOrEqual(RIGHT + 0.5);
  });
});
