import * as CFB from 'cfb';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../main/common/model/plan';
import { importBytes } from '../../../main/node/import/import-file';
import { readXls } from '../../../main/node/import/xls/read-xls';
import { readXlsx } from '../../../main/node/import/xlsx/read-xlsx';
import { seededRng } from '../../../main/common/seeded-rng';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/excel/${name}`, import.meta.url))));
const CHINESE = /[\u4e00-\u9fff]/;

function lines(r: ReturnType<typeof readXls>): string[] {
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.paragraphs.map((p) => p.text);
}

/** The fixture with its Workbook stream edited (the container rewritten by the cfb library). */
function edited(name: string, edit: (workbook: Uint8Array) => Uint8Array | void, streamName = 'Workbook'): Uint8Array {
  const c = CFB.read(fixture(name), { type: 'buffer' });
  const i = c.FullPaths.findIndex((p) => p.endsWith('/Workbook'));
  const data = Uint8Array.from(c.FileIndex[i]!.content as Uint8Array);
  const out = CFB.utils.cfb_new();
  CFB.utils.cfb_add(out, streamName, edit(data) ?? data);
  return new Uint8Array(CFB.write(out, { type: 'buffer' }) as Uint8Array);
}

/** Offset of the first record of `type` in a BIFF stream, walking record headers from the start. */
function recordAt(stream: Uint8Array, type: number): number {
  const v = new DataView(stream.buffer, stream.byteOffset);
  for (let at = 0; at + 4 <= stream.length; at += 4 + v.getUint16(at + 2, true)) if (v.getUint16(at, true) === type) return at;
  throw new Error(`no record 0x${type.toString(16)}`);
}

describe('an Excel 97–2003 workbook (.xls, BIFF8) reads as its .xlsx does', () => {
  it('the task table saved by LibreOffice as .xls and as .xlsx gives the same lines', () => {
    const xlsx = readXlsx(fixture('qinghe-task-table.xlsx'));
    expect(lines(readXls(fixture('qinghe-task-table.xls')))).toEqual(xlsx.ok && xlsx.value.paragraphs.map((p) => p.text));
  });

  it('a long list whose shared strings run over CONTINUE records gives the same 246 lines as its .xlsx', () => {
    const xlsx = readXlsx(fixture('qinghe-long-list.xlsx'));
    const xls = lines(readXls(fixture('qinghe-long-list.xls')));
    expect(xls).toHaveLength(246);
    expect(xls).toEqual(xlsx.ok && xlsx.value.paragraphs.map((p) => p.text));
  });

  it('cell borders (XF line styles, BLANK and MULBLANK cells): a framed row of one filled cell stays in the table, as in its .xlsx', () => {
    const xls = lines(readXls(fixture('qinghe-framed.xls')));
    expect(xls.slice(3)).toEqual(['3.质量抽检合格率达到98% |', '注：本表由县质量强县工作领导小组办公室负责解释。']);
    const xlsx = readXlsx(fixture('qinghe-framed.xlsx'));
    expect(xls).toEqual(xlsx.ok && xlsx.value.paragraphs.map((p) => p.text));
  });

  it('numbers stored as RK and in MULRK records, dates and percentages by their formats', () => {
    expect(lines(readXls(fixture('qinghe-numbers.xls')))).toEqual([
      '序号 | 任务 | 牵头单位 | 完成时限 | 目标值 |',
      '1 | 开展计量检定 | 县市场监管局 | 2025年6月30日 | 85.00% |',
      '2 | 推进标准化试点 | 县农业农村局 | 2025年12月31日 | 0.3 |',
      '3 | 培育质量品牌 | 县工业和信息化局 | 2025年9月30日 | 12 |',
    ]);
  });

  it('imports as a plan with its parts and units; the report says it was a .xls', () => {
    const r = importBytes(fixture('qinghe-task-table.xls'), '青禾县任务分解表.xls');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.sections.map((s) => s.title)).toEqual(['夯实质量基础', '提升产品质量']);
    expect(Plan.measures(r.value.plan).map(({ item }) => item.leadUnits)).toEqual([['县市场监管局'], ['县市场监管局'], ['县工业和信息化局'], ['县农业农村局']]);
    expect(r.value.report.recognised.join('\n')).toContain('原文是 Excel 表格（.xls）');
  });
});

describe('a broken, encrypted or old .xls gets a clear Chinese message and no plan', () => {
  function failsWith(bytes: Uint8Array, code: string): void {
    const r = importBytes(bytes, '任务分解表.xls');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(CHINESE);
  }

  it('the edited copy still reads when nothing is changed (the test builds real files)', () => {
    expect(importBytes(edited('qinghe-task-table.xls', () => {}), 'a.xls').ok).toBe(true);
  });

  it('a workbook with a password to open (FILEPASS in its globals)', () => {
    failsWith(edited('qinghe-task-table.xls', (w) => {
      const at = recordAt(w, 0x0022); // DATEMODE → FILEPASS
      new DataView(w.buffer, w.byteOffset).setUint16(at, 0x002f, true);
    }), 'import.encrypted');
  });

  it('an Excel 5/95 workbook (BIFF5, or its "Book" stream)', () => {
    failsWith(edited('qinghe-task-table.xls', (w) => new DataView(w.buffer, w.byteOffset).setUint16(4, 0x0500, true)), 'import.old-excel');
    failsWith(edited('qinghe-task-table.xls', () => {}, 'Book'), 'import.old-excel');
  });

  it('a file cut short (its container broken): refused as a broken .xls, by its name', () => {
    failsWith(fixture('qinghe-task-table.xls').subarray(0, 3000), 'import.bad-xls');
  });

  it('a stream cut short, and a sheet offset pointing nowhere', () => {
    failsWith(edited('qinghe-task-table.xls', (w) => w.subarray(0, Math.floor(w.length / 2))), 'import.bad-xls');
    failsWith(edited('qinghe-task-table.xls', (w) => {
      new DataView(w.buffer, w.byteOffset).setUint32(recordAt(w, 0x0085) + 4, 0x7fffffff, true);
    }), 'import.bad-xls');
  });

  it('a shared-string count far beyond its bytes: read up to the bytes there are, then refused as broken', () => {
    failsWith(edited('qinghe-task-table.xls', (w) => {
      new DataView(w.buffer, w.byteOffset).setUint32(recordAt(w, 0x00fc) + 8, 0xffffffff, true);
    }), 'import.bad-xls');
  });

  it('300 seeded damaged copies: each reads or gets a Chinese message, none throws', () => {
    const rng = seededRng(20261207);
    let read = 0;
    for (let n = 0; n < 300; n++) {
      const bytes = edited('qinghe-task-table.xls', (w) => {
        for (let k = 0; k < 1 + Math.floor(rng() * 8); k++) w[Math.floor(rng() * w.length)] = Math.floor(rng() * 256);
      });
      const r = importBytes(bytes, `damaged-${n}.xls`);
      if (r.ok) read++;
      else expect(r.error.message).toMatch(CHINESE);
    }
    expect(read).toBeGreaterThan(0);
  });
});

describe('a WPS 表格 .et file', () => {
  const docFixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/doc/${name}`, import.meta.url))));

  it('saved in Excel\'s binary container (WPS\'s default) imports as the .xls does', () => {
    const asXls = importBytes(fixture('qinghe-task-table.xls'), '任务分解表.xls');
    const asEt = importBytes(fixture('qinghe-task-table.xls'), '任务分解表.et');
    if (!asXls.ok || !asEt.ok) throw new Error('import failed');
    const shape = (p: Plan) => Plan.measures(p).map(({ item }) => [item.children.map((c) => c.text).join(''), item.leadUnits, item.supportUnits]);
    expect(shape(asEt.value.plan)).toEqual(shape(asXls.value.plan));
    expect(shape(asEt.value.plan).length).toBeGreaterThan(0);
    expect(asEt.value.report.recognised.join('\n')).toContain('原文是 WPS 表格（.et，Excel 兼容格式）');
  });

  it('in a container without a workbook: refused in Chinese, naming the way out (另存为 .xlsx)', () => {
    const r = importBytes(docFixture('lishan-2023-fengong.doc'), '任务分解表.et');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('import.et-format');
    expect(r.error.message).toContain('另存为 .xlsx');
  });

  it('cut short: refused as a broken workbook, not as a broken Word document', () => {
    const r = importBytes(fixture('qinghe-task-table.xls').subarray(0, 3000), '任务分解表.et');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('import.bad-xls');
  });
});

describe('an OpenDocument file (.ods, .odt)', () => {
  it('is refused in Chinese with the formats to save it as', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>'), 'META-INF/manifest.xml': strToU8('<manifest/>') });
    for (const name of ['任务分解表.ods', '任务分解表.docx']) {
      const r = importBytes(ods, name);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('import.odf');
      expect(r.error.message).toMatch(/另存为 \.docx 或 \.xlsx/);
    }
  });
});
