/** One place the caret can be in the page: the plan title, a section title, a body editor. */
export interface FocusStop {
  focusStart(): void;
  focusEnd(): void;
}

/**
 * The page's focus stops in document order, so ArrowUp/ArrowDown at a boundary and Tab move the caret
 * between the stacked editors as if they were one document.
 */
export class FocusChain {
  private order: string[] = [];
  private readonly stops = new Map<string, FocusStop>();

  setOrder(keys: string[]): void {
    this.order = keys;
  }

  register(key: string, stop: FocusStop): () => void {
    this.stops.set(key, stop);
    return () => {
      if (this.stops.get(key) === stop) this.stops.delete(key);
    };
  }

  /** Move from `key` to the nearest registered stop in `dir`; false when there is none. */
  move(key: string, dir: 1 | -1): boolean {
    let i = this.order.indexOf(key);
    if (i < 0) return false;
    for (i += dir; i >= 0 && i < this.order.length; i += dir) {
      const stop = this.stops.get(this.order[i]!);
      if (!stop) continue;
      if (dir === 1) stop.focusStart();
      else stop.focusEnd();
      return true;
    }
    return false;
  }

  focus(key: string, where: 'start' | 'end' = 'start'): boolean {
    const stop = this.stops.get(key);
    if (!stop) return false;
    if (where === 'start') stop.focusStart();
    else stop.focusEnd();
    return true;
  }
}
