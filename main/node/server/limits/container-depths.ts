import * as Y from 'yjs';
import { typeDepth } from '../../../common/collab/doc-shape';

const ROOT = 0;
/** The item integrates as garbage (its parent is gone), so its content cannot nest anything. */
export const DROPPED = -1;
/** A reference to a struct neither the update nor the document has (the update would wait in pending). */
export const UNKNOWN = -2;

/** One step up from an item: to another item of the update (one level up or beside it), or a known depth. */
type Link = { next: Y.Item; delta: 0 | 1 } | { depth: number };

/**
 * The depth of the type each item of an update goes into, found from its parent or origin, looked up in the
 * update itself or in the document (the document's types are already checked, so walking up from one is
 * short). Depths are capped at `limit`; walks are iterative and memoised (an update may chain thousands of
 * items).
 */
export class ContainerDepths {
  private readonly byClient = new Map<number, Array<Y.Item | Y.GC>>();
  private readonly memo = new Map<Y.Item, number>();

  constructor(private readonly doc: Y.Doc, structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>, private readonly limit: number) {
    for (const s of structs) {
      if (s instanceof Y.Skip) continue;
      const list = this.byClient.get(s.id.client);
      if (list) list.push(s);
      else this.byClient.set(s.id.client, [s]);
    }
  }

  /** Depth of the type an item goes into: ≥ 0, DROPPED or UNKNOWN. */
  of(start: Y.Item): number {
    const path: Array<[Y.Item, 0 | 1]> = [];
    const onPath = new Set<Y.Item>();
    let cur = start;
    let depth: number;
    for (;;) {
      const known = this.memo.get(cur);
      if (known !== undefined) {
        depth = known;
        break;
      }
      if (onPath.has(cur)) return UNKNOWN; // a reference cycle: Yjs would never integrate it
      const l = this.link(cur);
      if ('depth' in l) {
        depth = l.depth;
        this.memo.set(cur, depth);
        break;
      }
      onPath.add(cur);
      path.push([cur, l.delta]);
      cur = l.next;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const [item, delta] = path[i]!;
      if (depth >= 0) depth += delta;
      this.memo.set(item, depth);
    }
    return depth;
  }

  private inUpdate(id: Y.ID): Y.Item | Y.GC | undefined {
    return this.byClient.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
  }

  private inDoc(id: Y.ID): Y.Item | Y.GC | undefined {
    return id.clock < Y.getState(this.doc.store, id.client) ? (Y.getItem(this.doc.store, id) as Y.Item | Y.GC) : undefined;
  }

  private link(item: Y.Item): Link {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { depth: ROOT };
    if (parent instanceof Y.ID) {
      const p = this.inUpdate(parent) ?? this.inDoc(parent);
      if (!p) return { depth: UNKNOWN };
      if (!(p instanceof Y.Item) || !(p.content instanceof Y.ContentType)) return { depth: DROPPED };
      if (this.inUpdate(parent)) return { next: p, delta: 1 };
      return { depth: typeDepth(p.content.type, this.limit) };
    }
    const originId = item.origin ?? item.rightOrigin;
    if (!originId) return { depth: UNKNOWN };
    const fromUpdate = this.inUpdate(originId);
    if (fromUpdate) return fromUpdate instanceof Y.Item ? { next: fromUpdate, delta: 0 } : { depth: DROPPED };
    const o = this.inDoc(originId);
    if (!o) return { depth: UNKNOWN };
    if (!(o instanceof Y.Item) || !(o.parent instanceof Y.AbstractType)) return { depth: DROPPED };
    return { depth: typeDepth(o.parent, this.limit) };
  }
}
