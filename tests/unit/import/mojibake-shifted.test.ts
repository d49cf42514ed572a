import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../main/node/import/mojibake';
import { importBytes } from '../../../main/node/import/import-file';

// GBK bytes of a text, from the platform's GBK decoder (no GBK encoder in Node).
const gbk = new TextDecoder('gbk');
const table = new Map<string, number[]>();
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    const ch = gbk.decode(new Uint8Array([lead, trail]));
    if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
  }
}
const toGbk = (s: string) => [...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
/** The text as a reader one byte off sees it: its first byte lost. */
const shifted = (s: string) => gbk.decode(new Uint8Array(toGbk(s).slice(1)));
const utf8Shifted = (s: string) => gbk.decode(Buffer.from(s, 'utf8').subarray(1));

describe('mojibake read one byte off', () => {
  it('GBK text read one byte off is found, given back with a lost half character (□) at each end, and reported in Chinese', () => {
    const garbled = shifted('（联系人：宋小姐，联系电话：办公室）');
    expect(garbled).not.toMatch(/联系/);
    const fix = repairMojibake(`各乡镇人民政府：\n${garbled}\n县农业农村局`);
    expect(fix.shifted).toBe(1);
    // □ stands for the brackets whose half was lost: （ and ）.
    expect(fix.text.split('\n')[1]).toBe('□联系人：宋小姐，联系电话：办公室□');
    expect(fix.text.split('\n')[0]).toBe('各乡镇人民政府：');
    const src = `关于做好春耕工作的通知\n各乡镇人民政府：\n${garbled}\n一、抓好农资供应。保障化肥种子供应。（县农业农村局牵头）\n`;
    const r = importBytes(new TextEncoder().encode(src), 'a.txt');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.report.warnings.some((w) => /错开一个字节/.test(w) && /□/.test(w))).toBe(true);
  });

  it('UTF-8 text opened as GBK from the middle of a character comes back, its first character lost', () => {
    const fix = repairMojibake(utf8Shifted('各乡镇人民政府，县政府各部门：为全面推进乡村振兴，现将有关事项通知如下。'));
    expect(fix.repaired).toBe(1);
    expect(fix.text).toMatch(/^□乡镇人民政府，县政府各部门：为全面推进乡村振兴/);
  });

  it('at a line\'s start after an orphan byte ("?"), a run of four is enough and the half-eaten indent is dropped (blind round 7)', () => {
    // "　（七）抓紧" read from its second byte: "。ㄆ撸┳ソ" — five characters, too few for a run inside a line.
    const line = `?${shifted('　（七）抓紧')} 推进会展中心二期建设`;
    expect(line).not.toMatch(/（七）/);
    const fix = repairMojibake(`各乡镇人民政府：\n${line}`);
    expect(fix.shifted).toBe(1);
    expect(fix.text.split('\n')[1]).toMatch(/^（七）抓□/);
    // The same five characters inside a line are left alone (no orphan byte shows the shift).
    expect(repairMojibake(`县农业农村局：${shifted('　（七）抓紧')} 推进`).shifted).toBe(0);
    // A long run at a line's start loses the "?" and its □ too.
    expect(repairMojibake(`?${shifted('　（五）加快金融商贸区建设')}`).text).toMatch(/^（五）加快金融商贸区建/);
  });

  it('gives back a （N） whose numeral and ） lost the pair a converter drops (GBK\'s user-defined area) (blind round 8)', () => {
    // "　（二）推进" one byte off pairs "二）" (B6 FE A3 A9) as B6|FE A3|A9; FE A3 is user-defined: dropped.
    const bytes = toGbk('　（二）推进东部石化基地建设').slice(1);
    const at = bytes.findIndex((b, i) => b === 0xfe && bytes[i + 1] === 0xa3);
    const line = `?${gbk.decode(new Uint8Array([...bytes.slice(0, at), ...bytes.slice(at + 2)]))}`;
    expect(line).not.toMatch(/二/);
    expect(repairMojibake(line).text).toMatch(/^（二）推进/);
    // A run of three closed by "?" (the next character cut) is enough at a line's start: "（三）" comes back too.
    const three = toGbk('　（三）创').slice(1);
    const cut = three.findIndex((b, i) => b === 0xfd && three[i + 1] === 0xa3);
    const short = `?${gbk.decode(new Uint8Array([...three.slice(0, cut), ...three.slice(cut + 2, -1)]))}?建以生物岛为核心区`;
    expect(repairMojibake(short).text).toMatch(/^（三）□建以生物岛/);
    // Without the lost pair, a character after （ stays as it was read ("（五）" is read whole).
    expect(repairMojibake(`?${shifted('　（五）加快金融商贸区建设')}`).text).toMatch(/^（五）/);
  });

  it('leaves ordinary text alone: no line of the corpus or the seeds is taken for shifted mojibake', () => {
    const dirs = [path.join(__dirname, '../../fixtures/corpus'), path.join(__dirname, '../../../seeds')];
    let lines = 0;
    const garbled: string[] = [];
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        // A corpus copy tagged shifted-gbk was published garbled that way (blind round 7's guangzhou copy and
        // round 10's minhang copy: GBK read one byte off at line starts; round 11's zhangye copy, inside a line
        // after "?"; round 14's guangdong copy, after "?" at a line's start and inside one; round 17's xiangtan copy, at a line's start
        // with no "?" left and inside one; round 50's xian copy, a group heading after " ?" at a line's start; round 64's
        // panjin copy, a traditional-script group heading with pinyin glosses after "?" at a line's start): not ordinary text.
        const truth = path.join(dir, f.replace(/\.txt$/, '.truth.json'));
        if (existsSync(truth) && (JSON.parse(readFileSync(truth, 'utf8')) as { patterns?: string[] }).patterns?.includes('shifted-gbk')) {
          garbled.push(f);
          continue;
        }
        const text = readFileSync(path.join(dir, f), 'utf8');
        lines += text.split('\n').length;
        expect(repairMojibake(text).shifted, f).toBe(0);
      }
    }
    expect(lines).toBeGreaterThan(1000);
    expect(garbled).toEqual(['guangdong-2020-zaihai.txt', 'guangzhou-2006-zhongdiangongzuo.txt', 'minhang-2024-yingshang.txt', 'panjin-2017-gaoxinqu.txt', 'xian-2020-yingshang.txt', 'xiangtan-2024-wenlv.txt', 'zhangye-2010-fengong.txt']);
    // …and those copies are repaired.
    for (const f of garbled) expect(repairMojibake(readFileSync(path.join(dirs[0]!, f), 'utf8')).shifted, f).toBeGreaterThan(0);
  });
});
