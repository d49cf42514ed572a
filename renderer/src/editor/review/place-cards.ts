/** One margin card to place: where its text is, how tall it is, and the highest it may start (its section's top). */
export interface CardBox {
  anchor: number;
  height: number;
  floor: number;
}

/** A run of cards that stand edge to edge: the targets of its cards (shifted to the run's first) and its lowest start. */
interface Run {
  first: number;
  count: number;
  targets: number[];
  floor: number;
  top: number;
}

/** The start that minimises Σ|top − target| for a run: a median of its targets, not above its floor. */
function runTop(targets: number[], floor: number): number {
  const s = [...targets].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.max(median, floor);
}

/**
 * Where each card starts so that, in the given order, no two overlap (`gap` between them), none starts
 * above its floor, and the total distance from the cards to their anchors is the least possible.
 *
 * With `offset[i]` the height of the cards before i (and the gaps), card i at `z + offset[i]` for a
 * non-decreasing z is exactly a layout without overlap; so this is isotonic regression of
 * `anchor[i] − offset[i]` under the L1 loss, solved by pooling adjacent violators: a run of touching
 * cards starts at the median of its targets (some cards above their anchor, some below), and runs that
 * would overlap merge. A card alone stays at its anchor. Each card's floor bounds its run from below.
 */
export function placeCards(cards: readonly CardBox[], gap: number): number[] {
  const offsets: number[] = [];
  let sum = 0;
  for (const c of cards) {
    offsets.push(sum);
    sum += c.height + gap;
  }
  const runs: Run[] = [];
  cards.forEach((c, i) => {
    let run: Run = { first: i, count: 1, targets: [c.anchor - offsets[i]!], floor: c.floor - offsets[i]!, top: 0 };
    run.top = runTop(run.targets, run.floor);
    // The run before would end below this one's start: they touch, as one run at their joint best start.
    while (runs.length && runs[runs.length - 1]!.top > run.top) {
      const prev = runs.pop()!;
      const targets = [...prev.targets, ...run.targets];
      const floor = Math.max(prev.floor, run.floor);
      run = { first: prev.first, count: prev.count + run.count, targets, floor, top: runTop(targets, floor) };
    }
    runs.push(run);
  });
  const tops: number[] = [];
  for (const r of runs) for (let i = r.first; i < r.first + r.count; i++) tops.push(r.top + offsets[i]!);
  return tops;
}
