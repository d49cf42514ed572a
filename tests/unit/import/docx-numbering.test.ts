import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { importBytes } from '../../../main/node/import/import-file';

/** A plan whose 一、（一）1. come from Word's automatic list numbering, not from the text. */
async function autoNumberedDocx(): Promise<Uint8Array> {
  const list = (level: number, text: string, bold?: string) => new Paragraph({
    numbering: { reference: 'plan', level },
    children: bold ? [new TextRun({ text: bold, bold: true }), new TextRun(text)] : [new TextRun(text)],
  });
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'plan',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{
      children: [
        new Paragraph('某某县2026年质量强县工作方案'),
        new Paragraph('为推进质量强县工作，结合实际，制定本方案。'),
        list(0, '工作目标'),
        list(2, '产品监督抽查合格率达到95%以上。', '产品质量。'),
        list(0, '主要任务'),
        list(1, '夯实质量基础'),
        list(2, '开展诚信计量示范活动。（县市场监督管理局牵头，县商务局参加）', '推进民生计量。'),
        list(2, '加强检验检测机构能力建设。（牵头单位：县市场监督管理局；责任单位：县财政局）', '提升检验检测能力。'),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('.docx with automatic list numbering', () => {
  it('recreates the labels so headings, targets and measures are recognised', async () => {
    const r = importBytes(await autoNumberedDocx(), 'auto.docx');
    if (!r.ok) throw new Error(r.error.detail);
    const plan = r.value.plan;
    expect(plan.meta.title).toBe('某某县2026年质量强县工作方案');
    expect(plan.sections.map((s) => s.title)).toEqual(['工作目标', '主要任务']);
    expect(plan.sections[1]!.sections.map((s) => s.title)).toEqual(['夯实质量基础']);
    const items = Plan.items(plan).map((l) => l.item);
    expect(items.map((i) => [i.role, Item.leadText(i)])).toEqual([
      ['target', '产品质量。'], ['measure', '推进民生计量。'], ['measure', '提升检验检测能力。'],
    ]);
    expect([items[1]!.leadUnits, items[1]!.supportUnits]).toEqual([['县市场监督管理局'], ['县商务局']]);
    expect([items[2]!.leadUnits, items[2]!.supportUnits]).toEqual([['县市场监督管理局'], ['县财政局']]);
    for (const i of items) expect(Item.bodyText(i)).not.toMatch(/^\d|^（/);
  });
});

describe('.docx with heading styles and no labels in the text', () => {
  it('numbers heading-styled paragraphs by level; a first heading that is the title stays the title', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ text: '某某县质量强县实施方案', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('为推进质量强县工作，结合实际，制定本方案。'),
          new Paragraph({ text: '主要任务', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '夯实质量基础', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('1.推进民生计量。开展诚信计量示范活动。（县市场监督管理局按职责分工负责）'),
          new Paragraph({ text: '保障措施', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('各单位要加强组织领导。'),
        ],
      }],
    });
    const r = importBytes(new Uint8Array(await Packer.toBuffer(doc)), 'styled.docx');
    if (!r.ok) throw new Error(r.error.detail);
    const plan = r.value.plan;
    expect(plan.meta.title).toBe('某某县质量强县实施方案');
    expect(plan.sections.map((s) => [s.title, s.kind])).toEqual([['主要任务', 'measures'], ['保障措施', 'safeguards']]);
    expect(plan.sections[0]!.sections.map((s) => s.title)).toEqual(['夯实质量基础']);
    expect(Plan.measures(plan).map((l) => l.item.leadUnits)).toEqual([['县市场监督管理局']]);
  });
});
