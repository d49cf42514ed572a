import { describe, expect, it } from 'vitest';
import { summarize, Tally } from '../../../main/common/import/eval/corpus-score';
import { corpusTexts, evaluateStyle } from '../../fixtures/docx-styles/eval-docx-styles';

// Every corpus text authored as a .docx in each Word authoring style and imported (docs/import.md "Word
// authoring styles"; figures in docs/measurements/import-docx-styles-after.txt). Floors a little under them.
const FLOORS: Record<string, { docs: number; failed: number; f1: number; head: number }> = {
  typed: { docs: 215, failed: 0, f1: 0.99, head: 0.99 },
  'auto-numbered': { docs: 180, failed: 0, f1: 0.99, head: 0.99 },
  'heading-styles': { docs: 145, failed: 0, f1: 0.99, head: 0.99 },
  'run-in-bold': { docs: 100, failed: 0, f1: 0.99, head: 0.99 },
  'table-tasks': { docs: 12, failed: 0, f1: 0.99, head: 0.99 },
  'task-table': { docs: 50, failed: 0, f1: 0.99, head: 0.99 },
  'red-head': { docs: 5, failed: 0, f1: 0.99, head: 0.99 },
  framed: { docs: 215, failed: 0, f1: 0.99, head: 0.99 },
  'list-style': { docs: 180, failed: 0, f1: 0.99, head: 0.99 },
  'hidden-notes': { docs: 210, failed: 0, f1: 0.99, head: 0.99 },
  'soft-breaks': { docs: 215, failed: 0, f1: 0.99, head: 0.99 },
  tracked: { docs: 215, failed: 0, f1: 0.99, head: 0.99 },
  'header-mark': { docs: 15, failed: 0, f1: 0.99, head: 0.99 },
  symbols: { docs: 165, failed: 0, f1: 0.99, head: 0.99 },
  'alt-chunk': { docs: 245, failed: 0, f1: 0.99, head: 0.99 },
  'nested-task-table': { docs: 60, failed: 0, f1: 0.99, head: 0.99 },
};

describe('the corpus authored as .docx in Word authoring styles', () => {
  const docs = corpusTexts();
  for (const [style, floor] of Object.entries(FLOORS)) {
    it(`${style}: imports and scores about as the typed text does`, () => {
      const s = summarize(evaluateStyle(style, docs).scores);
      expect(s.documents).toBeGreaterThanOrEqual(floor.docs);
      expect(s.failed).toBeLessThanOrEqual(floor.failed);
      expect(Tally.f1(s.measures)).toBeGreaterThanOrEqual(floor.f1);
      expect(Tally.f1(s.units)).toBeGreaterThanOrEqual(floor.f1);
      expect(Tally.f1(s.targets)).toBeGreaterThanOrEqual(floor.f1);
      expect(Tally.f1(s.head)).toBeGreaterThanOrEqual(floor.head);
    });
  }
});
