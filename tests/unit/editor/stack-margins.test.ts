import { describe, expect, it } from 'vitest';
import { marginShifts } from '../../../renderer/src/editor/review/stack-margins';

describe('marginShifts: 修订/批注 columns stacked down the page', () => {
  it('leaves columns that do not meet where they are', () => {
    expect(marginShifts([{ top: 0, height: 100 }, { top: 200, height: 50 }], 6)).toEqual([0, 0]);
  });
  it('moves a column below a taller one above it, and the next ones below that in turn', () => {
    // A one-line section with three cards (300 px) above two sections 40 px apart.
    expect(marginShifts([{ top: 0, height: 300 }, { top: 40, height: 100 }, { top: 80, height: 20 }, { top: 1000, height: 10 }], 6))
      .toEqual([0, 266, 332, 0]);
  });
});
