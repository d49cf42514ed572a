import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeDocx } from '../../../main/common/docx/build-docx';
import { fontTableXml, patchDocxPackage } from '../../../main/common/docx/package/patch-docx-package';
import { replaceZipEntries } from '../../../main/common/docx/package/replace-zip-entries';
import { packDocx } from '../../../main/node/docx/pack-docx';
import { bigPlan } from '../../bench/big-plan';
import { Packer } from 'docx';

const bytes = (s: string) => strToU8(s);

describe('replaceZipEntries', () => {
  const original = zipSync({ 'a.txt': bytes('alpha '.repeat(200)), 'dir/b.xml': bytes('<b/>'), 'c.bin': new Uint8Array([1, 2, 3]) }, { level: 6 });

  it('replaces entries in their place, appends new ones, and copies the rest unchanged', () => {
    const out = replaceZipEntries(original, { 'dir/b.xml': bytes('<b>changed</b>'), 'new/d.txt': bytes('delta') });
    const files = unzipSync(out);
    expect(Object.keys(files)).toEqual(['a.txt', 'dir/b.xml', 'c.bin', 'new/d.txt']);
    expect(strFromU8(files['a.txt']!)).toBe('alpha '.repeat(200));
    expect(strFromU8(files['dir/b.xml']!)).toBe('<b>changed</b>');
    expect([...files['c.bin']!]).toEqual([1, 2, 3]);
    expect(strFromU8(files['new/d.txt']!)).toBe('delta');
  });

  it('copies an untouched entry byte for byte (no inflate and deflate again)', () => {
    const out = replaceZipEntries(original, { 'c.bin': new Uint8Array([9]) });
    const at = (zip: Uint8Array, s: string) => Buffer.from(zip).indexOf(Buffer.from(s));
    const len = 30 + 'a.txt'.length;
    expect(Buffer.from(out.subarray(at(out, 'a.txt') - 30, at(out, 'a.txt') - 30 + len + 20)))
      .toEqual(Buffer.from(original.subarray(at(original, 'a.txt') - 30, at(original, 'a.txt') - 30 + len + 20)));
  });

  it('refuses what is not a zip archive', () => {
    expect(() => replaceZipEntries(bytes('not a zip at all, just some text'), {})).toThrow(/not a zip/);
  });
});

describe('patchDocxPackage', () => {
  it('gives the same parts as unzipping and re-zipping everything did', async () => {
    const { document } = composeDocx(bigPlan(20), { taskTable: true });
    const packed = new Uint8Array(await Packer.toBuffer(document));
    const before = unzipSync(packed);
    const after = unzipSync(patchDocxPackage(packed));
    expect(Object.keys(after).sort()).toEqual([...new Set([...Object.keys(before), 'word/fontTable.xml'])].sort());
    const patched = ['word/fontTable.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'];
    for (const part of Object.keys(before).filter((k) => !patched.includes(k))) expect(after[part], part).toEqual(before[part]);
    expect(strFromU8(after['word/fontTable.xml']!)).toBe(fontTableXml());
    expect(strFromU8(after['word/styles.xml']!)).toContain('<w:autoSpaceDE w:val="0"/>');
    expect(strFromU8(after['word/_rels/document.xml.rels']!)).toContain('Target="fontTable.xml"');
    expect(strFromU8(after['[Content_Types].xml']!)).toContain('/word/fontTable.xml');
  });

  it('packDocx (docx\'s parts patched, then zipped once) gives the parts Packer + patchDocxPackage give, in order', async () => {
    for (const options of [{}, { taskTable: true, redHead: true }]) {
      const viaPacker = unzipSync(patchDocxPackage(new Uint8Array(await Packer.toBuffer(composeDocx(bigPlan(20), options).document))));
      const packed = unzipSync(await packDocx(composeDocx(bigPlan(20), options).document));
      expect(Object.keys(packed)).toEqual(Object.keys(viaPacker));
      // docProps/core.xml carries the moment of packing (dcterms:created/modified), and docx numbers drawings
      // (wp:docPr ids) from a process-wide counter: two builds differ there whatever packs them.
      const text = (b: Uint8Array) => strFromU8(b).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T').replace(/docPr id="\d+"/g, 'docPr');
      for (const part of Object.keys(viaPacker)) expect(text(packed[part]!), part).toBe(text(viaPacker[part]!));
    }
  });

  it('packs a document whose every part LibreOffice and Word can read (valid CRCs, sizes)', async () => {
    const out = await packDocx(composeDocx(bigPlan(5)).document);
    // unzipSync checks each entry's stored sizes against the central directory; the CRCs are fflate's own.
    const files = unzipSync(out);
    expect(Object.keys(files)).toContain('word/document.xml');
    expect(strFromU8(files['word/document.xml']!)).toContain('推进第5项重点工作');
  });
});
