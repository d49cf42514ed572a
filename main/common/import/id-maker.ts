/**
 * Deterministic ids for an imported plan (s-1, m-1 …): importing the same file twice gives the same
 * JSON, so seeds/*.plan.json only change when the importer does. Ids are unique within one plan.
 */
export class IdMaker {
  private readonly counts = new Map<string, number>();
  next(prefix: string): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}-${n}`;
  }
}
