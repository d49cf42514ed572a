import type { DocumentStore } from '../store/document-store';
import type { Logger } from './logger';
import type { PlanService } from './plan-service';
import { scheduleSweeps } from './schedule-sweeps';

export interface DeletedPlanSweeperOptions {
  plans: PlanService;
  store: DocumentStore;
  log: Logger;
  /** Every plan open on this instance is checked this often, whatever was (or was not) heard. */
  intervalMs: number;
}

/** Default period of the safety-net check: the worst case when a deletion notice is lost. */
export const DEFAULT_DELETION_CHECK_MS = 5000;

/**
 * Drops this instance's copies of plans deleted on another instance sharing the store: closes every
 * connection to their documents (owner connections too) and unloads them without storing. Two paths,
 * as for revoked invites: the store's deletion notice (prompt), and a periodic check of every plan open
 * here, which covers a notice lost while the listening session was down. Either way the plan is checked
 * against the store's tombstones first, so a stale notice for a plan brought back since drops nothing.
 * A store error drops nothing (an error is not a deletion); the store's own guard still refuses every
 * write of a deleted plan meanwhile. Does nothing for a store nobody else shares (no `watchDeletions`):
 * there the deleting request drops the documents itself.
 */
export class DeletedPlanSweeper {
  private stopSweeps: (() => void) | null = null;

  constructor(private readonly opts: DeletedPlanSweeperOptions) {}

  start(): void {
    const { store } = this.opts;
    if (!store.watchDeletions || this.stopSweeps) return;
    this.stopSweeps = scheduleSweeps((listener) => store.watchDeletions!(listener), this.opts.intervalMs, (planId) => this.sweep(planId));
  }

  /** Check one plan (null: every plan open here); returns how many open plans were found deleted. */
  async sweep(planId: string | null): Promise<number> {
    const { plans, store, log } = this.opts;
    const open = plans.openPlanIds().filter((id) => (planId === null || id === planId) && !plans.isDropping(id));
    if (open.length === 0) return 0;
    let deleted: Set<string>;
    try {
      deleted = await store.deletedAmong(open);
    } catch (e) {
      log.warn(`could not check ${open.length} open plan(s) for deletion: ${(e as Error).message}; keeping them until the store answers`);
      return 0;
    }
    for (const id of deleted) void plans.drop(id, 'deleted on another instance');
    return deleted.size;
  }

  stop(): void {
    this.stopSweeps?.();
    this.stopSweeps = null;
  }
}
