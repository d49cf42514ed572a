import { describe, expect, it } from 'vitest';
import { isChromeTail } from '../../../main/common/import/chrome-tail';
import { wrapLine } from '../../../main/common/import/eval/perturb';
import { normalizeLines } from '../../../main/common/import/normalize-text';
import { rejoinRewrapped } from '../../../main/common/import/rewrapped-run-together';
import { load, measures, text } from './pattern-fixtures';

// A made-up 政务公开 page saved by a crawler with its whitespace collapsed (the whole page one line, paragraphs
// set apart by spaces), and the same page broken again every 32 columns with page numbers between its pages,
// as a PDF printed from it copies (`rewrapped-pdf-copy.txt` is made from the first with `wrapLine`).
const summary = (name: string) => {
  const { plan } = load(name);
  return {
    head: [plan.notice?.title, plan.meta.docNumber, plan.meta.mainRecipients, plan.meta.signature, plan.meta.date, plan.meta.title],
    parts: plan.sections.map((s) => s.title),
    measures: measures(plan).map((m) => [text(m).slice(0, 12), m.leadUnits, m.supportUnits]),
  };
};

describe('a one-line crawl broken again at a page width', () => {
  it('reads as the one-line page does: head, parts, measures and their units', () => {
    const wrapped = summary('rewrapped-pdf-copy');
    expect(wrapped).toEqual(summary('rewrapped-one-line'));
    expect(wrapped.head.slice(0, 3)).toEqual([
      '某县农业农村局关于印发《某县2024年农村人居环境整治提升工作方案》的通知',
      { agency: '某农', year: 2024, serial: 12 },
      ['各乡镇人民政府', '县直有关单位'],
    ]);
    expect(wrapped.measures).toHaveLength(4);
    // The report says the copy's breaks were joined back; the one-line page had none to join.
    const said = (name: string) => load(name).report.recognised.filter((r) => r.includes('处断行接回原来的一行'));
    expect(said('rewrapped-pdf-copy')).toEqual(['原文是连成一行的网页又按页宽断了行（如打印成 PDF 后复制），已把 22 处断行接回原来的一行']);
    expect(said('rewrapped-one-line')).toEqual([]);
    expect(wrapped.measures[2]).toEqual(['加强生活污水治理。因地制', ['县生态环境局', '县水利局', '各乡镇人民政府'], []]);
  });

  it('joins the copy back into the lines it was, the spaces its breaks fell on kept', () => {
    const page = ['（一）推进农村厕所革命。新改建农村户厕1200户。', '（二）提升生活垃圾治理水平。完善收运体系。', '（三）加强生活污水治理。新增治理村15个。',
      '（四）整治村容村貌。开展村庄清洁行动。', '（五）加强组织领导。各乡镇落实属地责任。', '（六）强化督导考核。每季度督导一次。'].join(' ');
    // 16 columns a line, a page number after the sixth; a break that fell on a space keeps it at the row's start.
    const rows = wrapLine(page, 16);
    expect(rows.some((r) => r.startsWith(' '))).toBe(true);
    const copy = ['标题: 某县某工作方案', ...rows.slice(0, 6), '— 1 —', ...rows.slice(6)];
    const out = rejoinRewrapped(normalizeLines(copy.join('\n'))).map((l) => l.text);
    expect(out).toEqual(['标题: 某县某工作方案', page, '— 1 —']);
  });

  it('leaves an ordinary PDF copy alone: a paragraph that lists its own points is no page run together', () => {
    const rows = [
      '一、主要目标',
      '到2025年，全区新建绿地项目共计12个，其中：（1）',
      '口袋公园建设项目面积达50公顷；（2）绿地改造提',
      '升项目面积达90公顷；（3）公园建设项目共计9个。',
      '二、重点任务',
      '（一）推进公园城市建设。完善公园体系，推进绿道',
      '建设，提升公园服务水平，年底前完成建设任务。',
      '（二）加强河湖水系治理。推进骨干河道综合整治，',
      '提升区域水系蓄排能力，改善水环境质量。',
      '责任单位：区水务局、各街镇',
    ];
    expect(rejoinRewrapped(normalizeLines(rows.join('\n')))).toEqual(rows.map((text) => ({ text })));
  });
});

describe('a crawl record line a page broke', () => {
  it('drops the rest of a folder named after the page title with the record', () => {
    const record = '本地目录: zwgk/bmwj/202403/1234_某县农业农村局关于印发《某县2024';
    expect(isChromeTail(record, '年农村人居环境整治提升工作方案》的通知')).toBe(true);
    // The next record, or the page's first sentence, is no rest of it.
    expect(isChromeTail(record, '页面链接与图片详见 links.tsv(同目录)')).toBe(false);
    expect(isChromeTail(record, '为持续改善农村人居环境，结合我县实际，制定本方案。')).toBe(false);
  });
});
