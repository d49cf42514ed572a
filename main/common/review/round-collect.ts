import type { Plan } from '../model/plan';
import type { PlanComment } from '../model/plan-comment';
import { MAX_ROUND_OPINIONS, type ReviewRound, type RoundDecision, type RoundOpinion } from '../model/review-round';
import { placedBodies, placeOfBlock } from './review-place';
import { Suggestions, type OpenSuggestion, type ReviewNode } from './suggestions';

/** Opinion ids derived from what they come from, so collecting twice adds nothing new. */
const SUGGESTION_PREFIX = 'sg:';
const COMMENT_PREFIX = 'cm:';
const CONTENT_MAX = 4000;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What a 修订 asks, in the words a 采纳情况表 uses. */
function suggestionContent(s: Pick<OpenSuggestion, 'kind' | 'text'>): string {
  return clip(s.kind === 'ins' ? `建议增加“${s.text}”` : `建议删除“${s.text}”`, CONTENT_MAX);
}

/** A replacement (a deletion with the insertion next to it) reads as one opinion, as such tables write it. */
function replacementContent(del: string, ins: string): string {
  return clip(`建议将“${clip(del, 1000)}”改为“${ins}”`, CONTENT_MAX);
}

/** A 批注 with the words it is about, so the table reads on its own. */
function commentContent(c: Pick<PlanComment, 'quote' | 'text'>): string {
  const quote = c.quote.trim();
  return clip(quote ? `关于“${clip(quote, 60)}”：${c.text}` : c.text, CONTENT_MAX);
}

/**
 * Every open 修订 and unresolved 批注 thread of the plan as a round opinion (undecided), in plan order,
 * whatever the department; the caller keeps the round's.
 */
function opinionsOf(plan: Plan): RoundOpinion[] {
  const { bodies, labels } = placedBodies(plan);
  const out: RoundOpinion[] = [];
  const seen = new Set<string>();
  for (const placed of bodies) {
    placed.body.forEach((block, index) => {
      const nodes = [block as unknown as ReviewNode];
      const list = Suggestions.list(nodes);
      const byId = new Map(list.map((s) => [s.id, s]));
      const partner = new Map<string, string>();
      for (const [del, ins] of Suggestions.replacements(nodes)) partner.set(del, ins).set(ins, del);
      for (const s of list) {
        // A suggestion can span blocks (a deletion across paragraphs): it is one opinion, placed at its start.
        if (seen.has(s.id) || !s.text.trim()) continue;
        seen.add(s.id);
        const place = placeOfBlock(placed, index, labels);
        const other = byId.get(partner.get(s.id) ?? '');
        if (other && !seen.has(other.id) && other.text.trim()) {
          seen.add(other.id);
          const [del, ins] = s.kind === 'del' ? [s, other] : [other, s];
          out.push({
            id: RoundCollect.suggestionOpinionId(del.id), department: s.dept, kind: 'suggestion', place,
            content: replacementContent(del.text, ins.text), decision: null, reason: '', at: del.at < ins.at ? del.at : ins.at, marks: [del.id, ins.id],
          });
          continue;
        }
        out.push({
          id: RoundCollect.suggestionOpinionId(s.id), department: s.dept, kind: 'suggestion',
          place, content: suggestionContent(s), decision: null, reason: '', at: s.at,
        });
      }
    });
    for (const c of (plan.comments ?? []).filter((x) => x.bodyId === placed.bodyId && !x.resolved)) {
      out.push({
        id: `${COMMENT_PREFIX}${c.id}`, department: c.dept, kind: 'comment',
        place: placeOfBlock(placed, c.block, labels), content: commentContent(c), decision: null, reason: '', at: c.at,
      });
    }
  }
  return out;
}

/**
 * The departments with an open suggestion in one body, remembered per body array: the editor re-reads
 * the board after every edit, and the live plan keeps an unchanged body's array (the same answer).
 */
const bodyDepartments = new WeakMap<object, readonly string[]>();
function suggestingDepartments(body: Plan['preamble']): readonly string[] {
  let depts = bodyDepartments.get(body);
  if (!depts) {
    depts = [...new Set(Suggestions.list(body as unknown as ReviewNode[]).filter((s) => s.text.trim()).map((s) => s.dept))];
    bodyDepartments.set(body, depts);
  }
  return depts;
}

/** The opinions the text holds for the round: its departments' only, without those the office deleted. */
function fromText(round: ReviewRound, plan: Plan): RoundOpinion[] {
  const asked = new Set(round.departments.map((d) => d.name));
  const dismissed = new Set(round.dismissed ?? []);
  return opinionsOf(plan).filter((o) => asked.has(o.department) && !RoundCollect.sourcesOf(o).some((id) => dismissed.has(id)));
}

/**
 * The round's opinions from the departments' own 修订 and 批注 (docs/review-round.md): a department
 * invited to the round answers in the text, and the office should not have to copy that into the
 * 采纳情况表 by hand. Pure functions on plain data; the plan doc is written by the caller (RoundOps).
 */
export const RoundCollect = {
  suggestionOpinionId: (markId: string) => `${SUGGESTION_PREFIX}${markId}`,

  /** The 修订 mark ids an opinion stands for (both of a replacement); none for a 批注 or a letter. */
  marksOf(o: Pick<RoundOpinion, 'id' | 'kind' | 'marks'>): string[] {
    if (o.kind !== 'suggestion') return [];
    return o.marks ?? (o.id.startsWith(SUGGESTION_PREFIX) ? [o.id.slice(SUGGESTION_PREFIX.length)] : []);
  },

  /**
   * The ids to remember as dismissed when the office deletes `o` from the table: its own and, for a
   * replacement, each mark's (were the pair to come apart, neither half comes back). None for a letter.
   */
  sourcesOf(o: Pick<RoundOpinion, 'id' | 'kind' | 'marks'>): string[] {
    if (o.kind === 'letter') return [];
    return [...new Set([o.id, ...RoundCollect.marksOf(o).map(RoundCollect.suggestionOpinionId)])];
  },

  /**
   * The departments that have answered in the text: an open 修订 (with text) or an unresolved 批注
   * anywhere in the plan. The board counts them 已反馈 before the office collects, so the owner and the
   * department see the same status from the same plan.
   */
  respondents(plan: Plan): Set<string> {
    const out = new Set<string>();
    for (const placed of placedBodies(plan).bodies) for (const d of suggestingDepartments(placed.body)) out.add(d);
    for (const c of plan.comments ?? []) if (!c.resolved) out.add(c.dept);
    return out;
  },

  /**
   * The opinions to write so the round holds one per open suggestion and unresolved comment thread of
   * each round department: new ones, and undecided ones whose text has changed since (the department
   * went on typing). Decided opinions and hand-entered letters are never touched; an opinion whose
   * suggestion or comment is gone stays (the office decides or deletes it). Empty when nothing changed,
   * so collecting again is a no-op. A closed round collects nothing; a full one (MAX_ROUND_OPINIONS) no more.
   */
  collect(round: ReviewRound, plan: Plan): RoundOpinion[] {
    if (round.closed) return [];
    const have = new Map(round.opinions.map((o) => [o.id, o]));
    // A round past its limit would not read back at all, so new opinions stop there (updates still apply).
    let room = MAX_ROUND_OPINIONS - round.opinions.length;
    return fromText(round, plan).flatMap((o) => {
      const old = have.get(o.id);
      if (!old) return room-- > 0 ? [o] : [];
      const sameMarks = (old.marks ?? []).join() === (o.marks ?? []).join();
      if (old.decision !== null || (old.content === o.content && old.place === o.place && sameMarks)) return [];
      const { marks: _m, ...rest } = old;
      return [{ ...rest, content: o.content, place: o.place, ...(o.marks ? { marks: o.marks } : {}) }];
    });
  },

  /**
   * Undecided suggestion opinions now covered by another one: a deletion (or insertion) collected alone
   * before the department typed its other half, which is now part of a replacement. They are removed
   * (not dismissed: the replacement stands for them).
   */
  superseded(round: ReviewRound, plan: Plan): string[] {
    if (round.closed) return [];
    const covered = new Map<string, string>();
    for (const o of fromText(round, plan)) for (const m of o.marks ?? []) covered.set(RoundCollect.suggestionOpinionId(m), o.id);
    return round.opinions.filter((o) => o.decision === null && o.kind === 'suggestion' && (covered.get(o.id) ?? o.id) !== o.id).map((o) => o.id);
  },

  /** The round with what `collect` found merged in (the 采纳情况表 export reads it without writing). */
  withCollected(round: ReviewRound, plan: Plan): ReviewRound {
    const found = new Map(RoundCollect.collect(round, plan).map((o) => [o.id, o]));
    const gone = new Set(RoundCollect.superseded(round, plan));
    const opinions = round.opinions.filter((o) => !gone.has(o.id)).map((o) => found.get(o.id) ?? o);
    const known = new Set(round.opinions.map((o) => o.id));
    return { ...round, opinions: [...opinions, ...[...found.values()].filter((o) => !known.has(o.id))] };
  },

  /**
   * The opinion to write when the office accepts (采纳) or rejects (不予采纳) a round department's
   * suggestion in the text: the collected opinion with its decision (its 理由 kept), or a new one if the
   * suggestion had not been collected yet — once decided, the suggestion leaves the text and could not be
   * collected any more. Null when there is no open round or the department was not asked.
   */
  decided(round: ReviewRound | null, s: Pick<OpenSuggestion, 'id' | 'kind' | 'text' | 'dept' | 'at'>, decision: 'accept' | 'reject', place: string): RoundOpinion | null {
    if (!round || round.closed || !round.departments.some((d) => d.name === s.dept)) return null;
    const value: RoundDecision = decision === 'accept' ? 'accepted' : 'rejected';
    const id = RoundCollect.suggestionOpinionId(s.id);
    const old = round.opinions.find((o) => o.id === id || (o.marks ?? []).includes(s.id));
    if (old) return { ...old, decision: value };
    // Deleted from the table by the office: deciding it in the text does not bring it back.
    if (!s.text.trim() || (round.dismissed ?? []).includes(id)) return null;
    return { id, department: s.dept, kind: 'suggestion', place, content: suggestionContent(s), decision: value, reason: '', at: s.at };
  },
};
