import type { Editor } from 'slate';
import { partitionIgnored, Checks, type IgnoredFinding } from '../../../../main/common/checks/checks';
import type { Finding } from '../../../../main/common/checks/finding';
import { IncrementalChecker } from '../../../../main/common/checks/incremental-checker';
import { isoDay } from '../../../../main/common/checks/iso-day';
import { ownFirst } from '../../../../main/common/checks/own-first';
import { BodyDoc } from '../../../../main/common/collab/body-doc';
import { PlanDoc, type PlanDocPart } from '../../../../main/common/collab/plan-doc';
import type { Body } from '../../../../main/common/model/element-types';
import type { Plan } from '../../../../main/common/model/plan';
import type { PlanSession } from '../collab/plan-session';
import { whenIdle } from '../when-idle';

export interface CheckSnapshot {
  plan: Plan | null;
  /** To look at: the user's department's sections first, then the rest in document order. */
  findings: Finding[];
  ignored: IgnoredFinding[];
  counts: Record<Finding['severity'], number>;
  /** Findings per body id (for the underlines). */
  byBody: ReadonlyMap<string, Finding[]>;
}

const EMPTY: CheckSnapshot = { plan: null, findings: [], ignored: [], counts: { error: 0, warning: 0, info: 0 }, byBody: new Map() };
const PARTS: PlanDocPart[] = ['meta', 'outline', 'departments', 'notice', 'attachments', 'checks'];
/** Typing settles for this long before the check runs (each run rechecks only the bodies typed in). */
const SETTLE_MS = 120;
/** Then it waits for an idle period (after a frame, not just before one), at most this long. */
const IDLE_TIMEOUT_MS = 500;

/**
 * The live 公文体检 of the open plan: listens to the plan doc and every body doc (local and remote edits
 * alike reach the editor's doc), rereads only the bodies that changed and runs the IncrementalChecker
 * over the plan assembled from cached bodies. The 体检 panel and the section editors' underlines read it.
 */
export class CheckStore {
  private snapshot: CheckSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly bodies = new Map<string, Body>();
  private readonly dirty = new Set<string>();
  private readonly watched = new Map<string, () => void>();
  private readonly editors = new Map<string, Editor>();
  private readonly editorListeners = new Set<() => void>();
  private readonly checker = new IncrementalChecker({ today: isoDay(new Date()) });
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cancelIdle: (() => void) | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(private readonly session: PlanSession, private department: string | null) {
    for (const part of PARTS) this.stops.push(PlanDoc.observe(session.planDoc, part, () => this.schedule()));
    this.schedule(0);
  }

  get = (): CheckSnapshot => this.snapshot;

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  setDepartment(department: string | null): void {
    if (department === this.department) return;
    this.department = department;
    this.schedule(0);
  }

  /** Section editors register while mounted, so the panel can select and fix in them. */
  registerEditor(bodyId: string, editor: Editor): () => void {
    this.editors.set(bodyId, editor);
    for (const l of this.editorListeners) l();
    return () => {
      if (this.editors.get(bodyId) === editor) this.editors.delete(bodyId);
    };
  }

  editorOf(bodyId: string): Editor | null {
    return this.editors.get(bodyId) ?? null;
  }

  /** Resolves with the body's editor once it is mounted (the panel mounts it by jumping there). */
  whenEditor(bodyId: string, timeoutMs = 5000): Promise<Editor | null> {
    const now = this.editorOf(bodyId);
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = (e: Editor | null) => {
        clearTimeout(t);
        this.editorListeners.delete(check);
        resolve(e);
      };
      const check = () => {
        const e = this.editorOf(bodyId);
        if (e) done(e);
      };
      const t = setTimeout(() => done(null), timeoutMs);
      this.editorListeners.add(check);
    });
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.cancelIdle?.();
    for (const s of this.stops) s();
    for (const s of this.watched.values()) s();
  }

  /**
   * A run when typing has settled and the page is idle: a keystroke that comes meanwhile waits for
   * neither the check nor the re-render of the underlines and the panel it may cause.
   */
  private schedule(ms = SETTLE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.cancelIdle?.();
    this.cancelIdle = null;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = null;
        this.run();
      }, IDLE_TIMEOUT_MS);
    }, ms);
  }

  /** Watch a body's doc the first time the plan names it; reread it whenever it changes. */
  private watch(bodyId: string): void {
    if (this.watched.has(bodyId)) return;
    const conn = this.session.body(bodyId);
    const changed = () => {
      this.dirty.add(bodyId);
      this.bodies.delete(bodyId);
      this.schedule();
    };
    conn.local.on('update', changed);
    const offReady = conn.onReady(changed);
    this.watched.set(bodyId, () => {
      conn.local.off('update', changed);
      offReady();
    });
  }

  private bodyOf = (bodyId: string): Body => {
    let body = this.bodies.get(bodyId);
    if (!body) {
      const conn = this.session.body(bodyId);
      body = conn.ready ? BodyDoc.read(conn.local) : [];
      this.bodies.set(bodyId, body);
    }
    return body;
  };

  private run(): void {
    const doc = this.session.planDoc;
    const ids = PlanDoc.bodyIds(doc);
    for (const id of ids) this.watch(id);
    let plan: Plan;
    try {
      plan = PlanDoc.readLive(doc, this.bodyOf);
    } catch (e) {
      console.warn('checks: the plan could not be read', e);
      return;
    }
    const all = this.checker.update(plan, this.dirty);
    this.dirty.clear();
    const { findings, ignored } = partitionIgnored(plan, all, PlanDoc.checkIgnores(doc));
    const byBody = new Map<string, Finding[]>();
    for (const f of findings) {
      const id = f.where.sectionId;
      if (id === undefined) continue;
      const list = byBody.get(id) ?? [];
      list.push(f);
      byBody.set(id, list);
    }
    // An unchanged body keeps its list object: its editor's decorations are not recomputed.
    for (const [id, list] of byBody) {
      const before = this.snapshot.byBody.get(id);
      if (before && JSON.stringify(before) === JSON.stringify(list)) byBody.set(id, before);
    }
    this.snapshot = {
      plan,
      findings: ownFirst(plan, findings, this.department, (f) => f),
      ignored,
      counts: Checks.count(findings),
      byBody,
    };
    for (const l of this.listeners) l();
  }
}
