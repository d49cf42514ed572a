import { describe, expect, it } from 'vitest';
import { placeCards, type CardBox } from '../../../renderer/src/editor/review/place-cards';

const card = (anchor: number, height = 50, floor = 0): CardBox => ({ anchor, height, floor });
const displacement = (cards: CardBox[], tops: number[]) => cards.reduce((s, c, i) => s + Math.abs(tops[i]! - c.anchor), 0);

/** No card starts before the one above it ends (with the gap), and none above its floor. */
function expectValid(cards: CardBox[], tops: number[], gap: number) {
  tops.forEach((t, i) => {
    expect(t).toBeGreaterThanOrEqual(cards[i]!.floor);
    if (i) expect(t).toBeGreaterThanOrEqual(tops[i - 1]! + cards[i - 1]!.height + gap);
  });
}

describe('placeCards: margin cards beside their anchors', () => {
  it('leaves cards that do not meet at their anchors', () => {
    expect(placeCards([card(0, 100), card(200, 50), card(400, 10)], 6)).toEqual([0, 200, 400]);
  });

  it('two cards on one line: one above, one below it, not both pushed down', () => {
    // Anchors at 100 and 100, 50 px each: the pair is centred (the median of 100 and 44), 28 px off each.
    expect(placeCards([card(100), card(100)], 6)).toEqual([72, 128]);
  });

  it('a card pulled up must not start above its section (its floor)', () => {
    const cards = [card(10, 50, 0), card(12, 50, 0), card(14, 50, 0)];
    const tops = placeCards(cards, 6);
    expect(tops).toEqual([0, 56, 112]);
    expectValid(cards, tops, 6);
  });

  it('twelve cards close together in a section, then two sections with their own: fixture in, positions out', () => {
    // 指导思想 at 0–160 px with twelve 批注 every 12 px; 质量目标 starts at 400 (two cards), 质量基础 at 900.
    const cards = [
      ...Array.from({ length: 12 }, (_, i) => card(20 + i * 12, 60, 0)),
      card(420, 60, 400), card(460, 60, 400),
      card(920, 60, 900), card(1300, 60, 900),
    ];
    const tops = placeCards(cards, 6);
    expectValid(cards, tops, 6);
    // The first section's run starts at its top (its median lies above it), the next sections' cards follow it.
    expect(tops.slice(0, 3)).toEqual([0, 66, 132]);
    expect(tops[11]).toBe(726);
    expect(tops.slice(12)).toEqual([792, 858, 924, 1300]);
    // Stacking only downwards from each anchor (the old way) is never closer in total.
    const down: number[] = [];
    cards.forEach((c, i) => down.push(Math.max(c.anchor, i ? down[i - 1]! + cards[i - 1]!.height + 6 : -Infinity)));
    expect(displacement(cards, tops)).toBeLessThan(displacement(cards, down));
  });

  it('a run of touching cards centred on its anchors: as many above as below', () => {
    const cards = [card(500), card(510), card(520), card(530), card(540)];
    const tops = placeCards(cards, 0);
    // Targets 500, 460, 420, 380, 340: the median 420 puts the middle card exactly at its anchor.
    expect(tops).toEqual([420, 470, 520, 570, 620]);
    expect(tops.filter((t, i) => t < cards[i]!.anchor)).toHaveLength(2);
    expect(tops.filter((t, i) => t > cards[i]!.anchor)).toHaveLength(2);
  });

  it('is the least total displacement: no single card can move closer without an overlap', () => {
    const cards = [card(0, 30), card(5, 80), card(40, 20), card(300, 40), card(310, 40), card(320, 200, 250), card(600, 10)];
    const tops = placeCards(cards, 4);
    expectValid(cards, tops, 4);
    const best = displacement(cards, tops);
    // Every shift of a whole run of cards up or down by 1 px is invalid or no better.
    for (let a = 0; a < cards.length; a++) for (let b = a; b < cards.length; b++) for (const d of [-1, 1]) {
      const moved = tops.map((t, i) => (i >= a && i <= b ? t + d : t));
      const valid = moved.every((t, i) => t >= cards[i]!.floor && (!i || t >= moved[i - 1]! + cards[i - 1]!.height + 4));
      if (valid) expect(displacement(cards, moved)).toBeGreaterThanOrEqual(best);
    }
  });

  it('an empty page places nothing', () => {
    expect(placeCards([], 6)).toEqual([]);
  });
});
