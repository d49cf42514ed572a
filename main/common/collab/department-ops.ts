import * as Y from 'yjs';
import type { Department } from '../model/department';
import { PlanDocRoots as P } from './plan-doc-roots';
import { BodyDoc } from './body-doc';

/** A name change: every `from` becomes `to` (a rename, or a merge of `from` into `to`). */
export interface UnitRename {
  from: string;
  to: string;
}

function uniq(names: string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

function indexOf(doc: Y.Doc, name: string): number {
  return P.departments(doc).toArray().findIndex((d) => d && typeof d === 'object' && d.name === name);
}

/** Replace the department at `i` (entries are plain JSON in a Y.Array: delete + insert, one transaction). */
function replaceAt(doc: Y.Doc, i: number, dept: Department): void {
  const arr = P.departments(doc);
  arr.delete(i, 1);
  arr.insert(i, [{ name: dept.name, aliases: uniq(dept.aliases).filter((a) => a !== dept.name) }]);
}

/** Section (and attachment section) assignees renamed. */
function renameAssignees(doc: Y.Doc, r: UnitRename): void {
  for (const rec of P.sections(doc).values()) {
    if (rec instanceof Y.Map && rec.get('assignee') === r.from) rec.set('assignee', r.to);
  }
}

/**
 * The department directory's writes on the plan doc, each one transaction. A renamed or merged-away
 * name stays as an alias (曾用名) of the kept department, so imported text that still uses it is
 * recognised. Measures live in the body docs: apply the returned rename with DepartmentOps.renameUnits
 * to every open body doc.
 */
export const DepartmentOps = {
  /** Rename `from` to `to`; the old name becomes an alias. Null when nothing was renamed. */
  rename(doc: Y.Doc, from: string, to: string): UnitRename | null {
    const name = to.trim();
    if (!name || name === from) return null;
    let done: UnitRename | null = null;
    doc.transact(() => {
      const i = indexOf(doc, from);
      if (i < 0 || indexOf(doc, name) >= 0) return;
      const old = P.departments(doc).get(i);
      replaceAt(doc, i, { name, aliases: [...(old.aliases ?? []), from] });
      renameAssignees(doc, { from, to: name });
      done = { from, to: name };
    });
    return done;
  },

  /** Merge `gone` into `kept`: `gone` and its aliases become aliases of `kept`, assignees move over. */
  merge(doc: Y.Doc, kept: string, gone: string): UnitRename | null {
    if (kept === gone) return null;
    let done: UnitRename | null = null;
    doc.transact(() => {
      const k = indexOf(doc, kept);
      const g = indexOf(doc, gone);
      if (k < 0 || g < 0) return;
      const keptDept = P.departments(doc).get(k);
      const goneDept = P.departments(doc).get(g);
      const merged = { name: kept, aliases: [...(keptDept.aliases ?? []), gone, ...(goneDept.aliases ?? [])] };
      // Delete the later index first so the earlier one stays valid.
      if (g > k) {
        P.departments(doc).delete(g, 1);
        replaceAt(doc, k, merged);
      } else {
        replaceAt(doc, k, merged);
        P.departments(doc).delete(g, 1);
      }
      renameAssignees(doc, { from: gone, to: kept });
      done = { from: gone, to: kept };
    });
    return done;
  },

  /** Set a department's aliases (简称 / 别名 / 曾用名). */
  setAliases(doc: Y.Doc, name: string, aliases: string[]): void {
    doc.transact(() => {
      const i = indexOf(doc, name);
      if (i >= 0) replaceAt(doc, i, { name, aliases });
    });
  },

  /**
   * Rename a unit in every measure of a body doc (牵头单位 / 责任单位), one transaction; a unit listed
   * twice after a merge is kept once. Returns how many items changed.
   */
  renameUnits(doc: Y.Doc, r: UnitRename): number {
    let changed = 0;
    doc.transact(() => {
      // Iterative walk over embedded elements (items may sit below the top level).
      const stack: Y.XmlText[] = [BodyDoc.root(doc)];
      while (stack.length > 0) {
        const t = stack.pop()!;
        for (const op of t.toDelta() as Array<{ insert: unknown }>) {
          if (!(op.insert instanceof Y.XmlText)) continue;
          const el = op.insert;
          stack.push(el);
          if (el.getAttribute('type') !== 'item') continue;
          for (const key of ['leadUnits', 'supportUnits'] as const) {
            const units: unknown = el.getAttribute(key);
            if (!Array.isArray(units) || !units.includes(r.from)) continue;
            el.setAttribute(key, uniq(units.map((u) => (u === r.from ? r.to : u)) as string[]) as never);
            changed++;
          }
        }
      }
    });
    return changed;
  },
};
