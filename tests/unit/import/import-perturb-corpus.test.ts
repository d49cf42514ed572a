import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../../main/common/import/eval/corpus-score';
import { evaluatePerturbed } from '../../../main/node/import/perturb-eval';

const DIR = path.join(__dirname, '../../fixtures/corpus');

// The corpus under copy transformations (docs/import.md "Copies that differ"), seed 1. Thresholds a margin
// under docs/measurements/import-perturb-after.txt: a change that reads PDF copies or full-width digits
// worse fails CI. The copies that change only blanks, indents, line ends or a BOM must stay perfect.
// pdf-header, the weaker, scored 0.978 / 0.978 / 0.986 / 0.991 (measures / units / head / targets) on the
// 225-file corpus once a table set one cell a line had its PDF-broken cells joined back (it was 0.884 units).
const PDF_MIN = { measures: 0.97, units: 0.97, head: 0.98, targets: 0.98 };
const EXACT = ['no-blank-lines', 'extra-blank-lines', 'indent-fullwidth', 'indent-spaces', 'no-indent', 'halfwidth-punct', 'fullwidth-digits', 'crlf', 'trailing-spaces', 'bom'];

describe('import corpus under copy transformations', () => {
  it(`PDF copies score F1 ≥ ${PDF_MIN.measures} (measures), ${PDF_MIN.units} (units), ${PDF_MIN.head} (head); other copies 1.000`, async () => {
    const { runs } = await evaluatePerturbed(DIR);
    for (const r of runs) {
      const s = r.summary;
      expect(s.failed, r.name).toBe(0);
      const min = r.name.startsWith('pdf-') ? PDF_MIN : { measures: 1, units: 1, head: 1, targets: 1 };
      if (!r.name.startsWith('pdf-')) expect(EXACT).toContain(r.name);
      expect(Tally.f1(s.measures), `${r.name} measures`).toBeGreaterThanOrEqual(min.measures);
      expect(Tally.f1(s.units), `${r.name} units`).toBeGreaterThanOrEqual(min.units);
      expect(Tally.f1(s.head), `${r.name} head`).toBeGreaterThanOrEqual(min.head);
      expect(Tally.f1(s.targets), `${r.name} targets`).toBeGreaterThanOrEqual(min.targets);
    }
  }, 300_000);
});
