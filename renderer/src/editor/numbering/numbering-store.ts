import type { Descendant } from 'slate';
import { CLOSING_BODY, NOTICE_BODY, PREAMBLE_BODY } from '../../../../main/common/collab/doc-names';
import type { Body } from '../../../../main/common/model/element-types';
import type { NumberingMode } from '../../../../main/common/model/meta';
import { Numbering } from '../../../../main/common/model/numbering';
import type { Plan } from '../../../../main/common/model/plan';
import type { Section } from '../../../../main/common/model/section';
import type { PlanAnnex } from '../../../../main/common/collab/plan-doc';

export interface OutlineEntry {
  id: string;
  level: 1 | 2;
}

/**
 * Live numbering labels for the whole plan (sections and items), derived from the outline and the
 * current children of every body editor. Recomputed only when structure changes (editors report
 * only non-text operations), and each label's subscribers hear only about their own label.
 */
export class NumberingStore {
  private outline: OutlineEntry[] = [];
  private mode: NumberingMode = 'continuous';
  private annex: PlanAnnex = { notice: null, attachments: [] };
  private readonly bodies = new Map<string, Body>();
  private labels = new Map<string, string>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private scheduled = false;

  setOutline(outline: OutlineEntry[], mode: NumberingMode): void {
    this.outline = outline;
    this.mode = mode;
    this.schedule();
  }

  /** The 印发通知 and the attachments the page shows after the plan (their items and 章/条 are numbered too). */
  setAnnex(annex: PlanAnnex): void {
    this.annex = annex;
    this.schedule();
  }

  setBody(bodyId: string, children: readonly Descendant[]): void {
    this.bodies.set(bodyId, children as Body);
    this.schedule();
  }

  label = (id: string): string => this.labels.get(id) ?? '';

  subscribe(id: string, cb: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(cb);
    return () => set.delete(cb);
  }

  /** Batch the reports of one task (several editors connecting at once) into one recomputation. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.recompute();
    });
  }

  recompute(): void {
    const next = Numbering.plan(this.asPlan());
    const changed = new Set<string>();
    for (const [id, l] of next) if (this.labels.get(id) !== l) changed.add(id);
    for (const id of this.labels.keys()) if (!next.has(id)) changed.add(id);
    this.labels = next;
    for (const id of changed) for (const cb of this.listeners.get(id) ?? []) cb();
  }

  /** Just enough of a Plan for Numbering.plan: meta.numbering and the bodies in outline order. */
  private asPlan(): Plan {
    const body = (id: string) => this.bodies.get(id) ?? [];
    const nest = (outline: readonly OutlineEntry[]) => {
      const tops: Section[] = [];
      for (const e of outline) {
        const s: Section = { id: e.id, level: e.level, kind: 'other', title: '', assignee: null, body: body(e.id), sections: [] };
        const parent = tops[tops.length - 1];
        if (e.level === 2 && parent) parent.sections.push(s);
        else tops.push({ ...s, level: 1 });
      }
      return tops;
    };
    const attachments = this.annex.attachments.map((a) => {
      if (a.kind === 'document') return { id: a.id, title: '', kind: a.kind, numberingScheme: a.scheme, sections: nest(a.sections) };
      if (a.kind === 'table') return { id: a.id, title: '', kind: a.kind, body: body(a.id) };
      return { id: a.id, title: '', kind: a.kind };
    });
    return {
      meta: { numbering: this.mode },
      preamble: body(PREAMBLE_BODY),
      sections: nest(this.outline),
      closing: body(CLOSING_BODY),
      notice: this.annex.notice ? { title: '', body: body(NOTICE_BODY) } : null,
      attachments,
    } as unknown as Plan;
  }
}
