import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../main/common/docx/build-docx';
import { Plan } from '../../../main/common/model/plan';
import type { Item } from '../../../main/common/model/item';
import { importBytes } from '../../../main/node/import/import-file';

const CORPUS = path.join(__dirname, '../../fixtures/corpus');
const text = (m: Item) => m.children.map((c) => c.text).join('').replace(/[\s。.，,；;：:]/g, '');
// Lead and support together: the export prints every measure in the plan's one notation (seed 001's "牵头、参加"
// measure comes back in its "按职责分工负责"), so which units lead may change; who is responsible may not.
const units = (m: Item) => [...m.leadUnits, ...m.supportUnits].join('、');

/** A plan's measures as the round trip compares them: their text and their units. */
function measures(plan: Plan): string[] {
  return Plan.measures(plan).map(({ item }) => `${text(item)}#${units(item)}`);
}

/**
 * Every corpus document that imports with measures, exported by the app (GB/T 9704 .docx) and imported again:
 * next year's draft often starts from the file the app issued. Measured on 2026-12-07 (after blind rounds 49–71):
 * 259 of 274 documents came back with the same measures and units (1,660 measures; 7 lost, none with other
 * units; blind round 76's guangzhou-2023-jiatingyisheng lost an eighth until "家庭医生（团队）" stopped reading as a
 * unit); the others gain measures from targets or paragraphs the export prints as a reader would (docs/import.md
 * "Export and import again"). One of the seven lost is a cut copy's last task, kept as its bare title
 * ("（一）实施提升政务服务满意度专项行动", honggutan-2022): printed alone at the end, it reads back as a heading with
 * nothing under it. After session 19's rounds 72–76: 280 of 295 the same, the same 7 lost. The floor catches a
 * rule that breaks the round trip for plans in general.
 */
describe('corpus plans exported and imported again', () => {
  it('keep their measures and units (at least 93% of 295 documents exactly)', async () => {
    let docs = 0;
    let same = 0;
    let lost = 0;
    for (const f of readdirSync(CORPUS).filter((n) => /\.(txt|docx|doc)$/.test(n)).sort()) {
      const first = importBytes(new Uint8Array(readFileSync(path.join(CORPUS, f))), f);
      if (!first.ok || Plan.measures(first.value.plan).length === 0) continue;
      docs++;
      const again = importBytes(new Uint8Array(await Packer.toBuffer(buildDocx(first.value.plan))), 'again.docx');
      expect(again.ok, f).toBe(true);
      if (!again.ok) continue;
      const before = measures(first.value.plan);
      const after = new Set(measures(again.value.plan));
      lost += before.filter((m) => !after.has(m)).length;
      if (before.length === after.size && before.every((m) => after.has(m))) same++;
    }
    expect(docs).toBeGreaterThanOrEqual(295);
    expect(same / docs).toBeGreaterThanOrEqual(0.93);
    expect(lost).toBeLessThanOrEqual(7);
  }, 300_000);
});
