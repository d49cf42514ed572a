import type * as Y from 'yjs';
import {
  ReviewRoundSchema, RoundOpinionSchema, type ReviewRound, type RoundAnswer, type RoundDecision, type RoundOpinion,
} from '../model/review-round';
import { PlanDocRoots as P } from './plan-doc-roots';

const INFO = 'info';
const ANSWER = 'answer:';
const OPINION = 'opinion:';
const DISMISSED = 'dismissed:';

type RoundInfo = Omit<ReviewRound, 'departments' | 'opinions' | 'dismissed'> & { departments: Array<{ name: string; inviteId: string | null }> };

/**
 * The 征求意见 round in the plan doc: one map whose entries are plain JSON, so that what two people do at
 * once lands in different entries — a department's answer under `answer:<name>`, each opinion under
 * `opinion:<id>` (a decision rewrites only its own opinion; last writer wins within it), each deleted
 * collected opinion under `dismissed:<id>` (so collecting again leaves it out), the round's settings under `info`. Reads are tolerant: an entry that does not parse is left out.
 */
export const RoundOps = {
  read(doc: Y.Doc): ReviewRound | null {
    const map = P.round(doc);
    const info = map.get(INFO) as RoundInfo | undefined;
    if (!info || typeof info !== 'object') return null;
    const departments = (Array.isArray(info.departments) ? info.departments : []).map((d) => {
      const a = map.get(ANSWER + String(d?.name)) as { answer?: RoundAnswer; at?: string } | undefined;
      return { name: d?.name, inviteId: d?.inviteId ?? null, answer: a?.answer ?? 'pending', answeredAt: a?.at ?? null };
    });
    const opinions: RoundOpinion[] = [];
    const dismissed: string[] = [];
    for (const [key, value] of map.entries()) {
      if (key.startsWith(DISMISSED) && value === true) dismissed.push(key.slice(DISMISSED.length));
      if (!key.startsWith(OPINION)) continue;
      const parsed = RoundOpinionSchema.safeParse(value);
      if (parsed.success) opinions.push(parsed.data);
    }
    opinions.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
    dismissed.sort();
    // A round nobody deleted from reads without the field, as files written before it existed.
    const parsed = ReviewRoundSchema.safeParse({ ...info, departments, opinions, ...(dismissed.length > 0 ? { dismissed } : {}) });
    return parsed.success ? parsed.data : null;
  },

  /** Start (or replace) the round: settings and departments; earlier answers and opinions are cleared. */
  start(doc: Y.Doc, round: ReviewRound): void {
    doc.transact(() => {
      const map = P.round(doc);
      for (const key of [...map.keys()]) map.delete(key);
      RoundOps.write(doc, round);
    });
  },

  /** Write a whole round (seeding a plan doc from plan JSON, or start). */
  write(doc: Y.Doc, round: ReviewRound): void {
    const map = P.round(doc);
    const { departments, opinions, dismissed, ...rest } = round;
    const info: RoundInfo = { ...rest, departments: departments.map((d) => ({ name: d.name, inviteId: d.inviteId })) };
    map.set(INFO, info);
    for (const d of departments) if (d.answer !== 'pending') map.set(ANSWER + d.name, { answer: d.answer, at: d.answeredAt ?? '' });
    for (const o of opinions) map.set(OPINION + o.id, { ...o });
    for (const id of dismissed ?? []) map.set(DISMISSED + id, true);
  },

  /** A department's explicit answer (已反馈 / 无意见), or back to pending. */
  answer(doc: Y.Doc, department: string, answer: RoundAnswer, at: string): void {
    if (answer === 'pending') P.round(doc).delete(ANSWER + department);
    else P.round(doc).set(ANSWER + department, { answer, at });
  },

  /** Add or replace an opinion (false: it does not validate, nothing written). */
  putOpinion(doc: Y.Doc, opinion: RoundOpinion): boolean {
    const parsed = RoundOpinionSchema.safeParse(opinion);
    if (!parsed.success) return false;
    P.round(doc).set(OPINION + parsed.data.id, { ...parsed.data });
    return true;
  },

  /** Add or replace several opinions at once (collected from the text); returns how many validated and were written. */
  putOpinions(doc: Y.Doc, opinions: readonly RoundOpinion[]): number {
    let written = 0;
    doc.transact(() => { for (const o of opinions) if (RoundOps.putOpinion(doc, o)) written++; });
    return written;
  },

  /**
   * Delete an opinion from the table. `dismiss`: the source ids to remember as deleted (the opinion's
   * own and its marks', RoundCollect.sourcesOf), so its 修订 or 批注, still open in the text, is not
   * collected again; empty for a letter, which has no source. One transaction: a collection never sees
   * the opinion gone but not yet dismissed.
   */
  removeOpinion(doc: Y.Doc, id: string, dismiss: readonly string[] = []): void {
    doc.transact(() => {
      P.round(doc).delete(OPINION + id);
      for (const d of dismiss) P.round(doc).set(DISMISSED + d, true);
    });
  },

  /** Record the office's decision on an opinion and its 理由 (false: no such opinion). */
  decide(doc: Y.Doc, id: string, decision: RoundDecision | null, reason: string): boolean {
    const current = RoundOpinionSchema.safeParse(P.round(doc).get(OPINION + id));
    if (!current.success) return false;
    P.round(doc).set(OPINION + id, { ...current.data, decision, reason });
    return true;
  },

  /** Close the round (its invites are revoked by the caller); answers and opinions stay for the table. */
  close(doc: Y.Doc, closed = true): void {
    const info = P.round(doc).get(INFO) as RoundInfo | undefined;
    if (info && typeof info === 'object') P.round(doc).set(INFO, { ...info, closed });
  },

  /** Remove the round entirely. */
  clear(doc: Y.Doc): void {
    const map = P.round(doc);
    doc.transact(() => { for (const key of [...map.keys()]) map.delete(key); });
  },
};
