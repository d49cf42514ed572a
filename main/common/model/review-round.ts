import { z } from 'zod';

/**
 * A 征求意见 round (docs/review-round.md): the drafting office sends the draft to the departments
 * concerned with a deadline (党政机关公文处理工作条例 第十九条(六): 涉及有关部门职权的，应当征求意见); each
 * department answers with opinions or 无意见; after the deadline silence counts as 无意见 ("逾期未反馈的，
 * 视同无意见"). The office decides on each opinion; the 采纳情况表 is built from those decisions.
 * Plain data: stored in the plan doc (PlanDoc.round…) and in the plan file as `round`.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are ISO yyyy-mm-dd');
const name = z.string().trim().min(1).max(80);

export const ROUND_ANSWERS = ['pending', 'answered', 'no-opinion'] as const;
export type RoundAnswer = (typeof ROUND_ANSWERS)[number];

export const ROUND_DECISIONS = ['accepted', 'partly', 'rejected'] as const;
export type RoundDecision = (typeof ROUND_DECISIONS)[number];

export const OPINION_KINDS = ['suggestion', 'comment', 'letter'] as const;
export type OpinionKind = (typeof OPINION_KINDS)[number];

export const RoundDepartmentSchema = z.strictObject({
  name,
  /** The invite sent to the department for this round (revoked when the round closes), if any. */
  inviteId: z.string().max(64).nullable().default(null),
  answer: z.enum(ROUND_ANSWERS).default('pending'),
  answeredAt: z.string().max(40).nullable().default(null),
});
export type RoundDepartment = z.infer<typeof RoundDepartmentSchema>;

export const RoundOpinionSchema = z.strictObject({
  id: z.string().min(1).max(64),
  department: name,
  /** suggestion: a 修订 in the text; comment: a 批注; letter: written in by the office from a 反馈意见函. */
  kind: z.enum(OPINION_KINDS).default('letter'),
  /** Where it applies, as the table shows it (e.g. 二、（三）3. or the section title). */
  place: z.string().max(200).default(''),
  content: z.string().trim().min(1).max(4000),
  decision: z.enum(ROUND_DECISIONS).nullable().default(null),
  /** 理由 (required by practice for 部分采纳 and 不予采纳). */
  reason: z.string().max(2000).default(''),
  at: z.string().max(40),
  /**
   * The 修订 mark ids a suggestion opinion stands for, when more than the one in its id: a replacement
   * (a deletion and the insertion next to it) is one opinion 建议将“旧”改为“新” deciding both marks.
   * Absent: the mark in the id (`sg:<mark id>`).
   */
  marks: z.array(z.string().min(1).max(64)).min(1).max(8).optional(),
});
export type RoundOpinion = z.infer<typeof RoundOpinionSchema>;

/** More would not read back (the schema refuses the whole round), so collecting stops here. */
export const MAX_ROUND_OPINIONS = 5000;
/** A deleted replacement dismisses its opinion and both marks, hence room for more than the opinions. */
export const MAX_ROUND_DISMISSED = 3 * MAX_ROUND_OPINIONS;

export const ReviewRoundSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** The name of the draft sent out, e.g. 征求意见稿. */
  name: z.string().trim().min(1).max(40),
  deadline: isoDate,
  startedAt: z.string().max(40),
  startedBy: z.string().max(80).default(''),
  /** The named version saved at the start of the round, if the server saved one. */
  versionId: z.string().max(64).nullable().default(null),
  closed: z.boolean().default(false),
  departments: z.array(RoundDepartmentSchema).max(200),
  opinions: z.array(RoundOpinionSchema).max(MAX_ROUND_OPINIONS).default([]),
  /**
   * Ids of collected opinions the office deleted from the table (`sg:<mark id>`, `cm:<thread id>`): their
   * 修订 or 批注 may still be open in the text, and collecting again must not bring them back.
   */
  dismissed: z.array(z.string().min(1).max(80)).max(MAX_ROUND_DISMISSED).optional(),
});
export type ReviewRound = z.infer<typeof ReviewRoundSchema>;

/** What the board shows per department. */
export type BoardStatus = 'answered' | 'no-opinion' | 'overdue' | 'waiting';

export const BOARD_LABELS: Record<BoardStatus, string> = {
  answered: '已反馈',
  'no-opinion': '无意见',
  overdue: '逾期（视同无意见）',
  waiting: '未反馈',
};

export const DECISION_LABELS: Record<RoundDecision, string> = { accepted: '采纳', partly: '部分采纳', rejected: '不予采纳' };

export interface BoardRow {
  department: string;
  status: BoardStatus;
  /** Its opinions as the 采纳情况表 will hold them: those collected and those still only in the text. */
  opinions: number;
  /** Of these, the ones still only in the text (汇总 adds them). */
  pending: number;
  answeredAt: string | null;
}

/** One row of the 采纳情况表: 序号, 单位, 意见内容, 是否采纳, 理由. */
export interface AdoptionRow {
  index: number;
  department: string;
  content: string;
  decision: string;
  reason: string;
  /** The opinion it comes from (null for a department without opinions). */
  opinionId: string | null;
}

export const ADOPTION_HEADER = ['序号', '单位', '意见内容', '是否采纳', '理由'] as const;

export const ReviewRound = {
  /**
   * A department's status on `today` (ISO date): opinions, an explicit 已反馈, or open 修订 / unresolved
   * 批注 in the text (`inText`: RoundCollect.respondents over the plan, so the department sees 已反馈 as
   * soon as it has written, before the office collects) → answered; an explicit 无意见 → no-opinion;
   * nothing by the end of the deadline day → overdue (counts as 无意见). `withText` is the round with the
   * text's open 修订 and 批注 merged in (RoundCollect.withCollected): the count is then every opinion the
   * department has given, not only those collected so far (a 已反馈 with 0 opinions read as a fault).
   */
  board(round: ReviewRound, today: string, inText: ReadonlySet<string> = new Set(), withText: ReviewRound = round): BoardRow[] {
    return round.departments.map((d) => {
      const collected = round.opinions.filter((o) => o.department === d.name).length;
      const opinions = withText.opinions.filter((o) => o.department === d.name).length;
      let status: BoardStatus;
      if (collected > 0 || opinions > 0 || d.answer === 'answered' || inText.has(d.name)) status = 'answered';
      else if (d.answer === 'no-opinion') status = 'no-opinion';
      else status = today > round.deadline ? 'overdue' : 'waiting';
      return { department: d.name, status, opinions, pending: Math.max(0, opinions - collected), answeredAt: d.answeredAt };
    });
  },

  /** Opinions with no decision yet (the 采纳情况表 is not final while any remain). */
  undecided(round: ReviewRound): RoundOpinion[] {
    return round.opinions.filter((o) => o.decision === null);
  },

  /**
   * The 采纳情况表: every opinion in department order (the round's order), then one row per department
   * that gave none, saying 无意见 or 逾期未反馈（视同无意见）, as such tables are written in practice.
   */
  adoptionRows(round: ReviewRound, today: string, inText: ReadonlySet<string> = new Set()): AdoptionRow[] {
    const rows: AdoptionRow[] = [];
    // A department that answered in the text but whose every opinion the office deleted reads 无意见, not 尚未反馈.
    const board = new Map(ReviewRound.board(round, today, inText).map((b) => [b.department, b]));
    for (const d of round.departments) {
      const own = round.opinions.filter((o) => o.department === d.name);
      for (const o of own) {
        rows.push({
          index: rows.length + 1, department: d.name, content: o.place ? `${o.place}：${o.content}` : o.content,
          decision: o.decision ? DECISION_LABELS[o.decision] : '待定', reason: o.reason, opinionId: o.id,
        });
      }
      if (own.length > 0) continue;
      const status = board.get(d.name)?.status;
      const content = status === 'overdue' ? '逾期未反馈（视同无意见）' : status === 'waiting' ? '尚未反馈' : '无意见';
      rows.push({ index: rows.length + 1, department: d.name, content, decision: '—', reason: '', opinionId: null });
    }
    // Opinions from departments not (or no longer) in the round's list still count.
    const listed = new Set(round.departments.map((d) => d.name));
    for (const o of round.opinions.filter((x) => !listed.has(x.department))) {
      rows.push({
        index: rows.length + 1, department: o.department, content: o.place ? `${o.place}：${o.content}` : o.content,
        decision: o.decision ? DECISION_LABELS[o.decision] : '待定', reason: o.reason, opinionId: o.id,
      });
    }
    return rows;
  },

  /** The table's title: 关于《plan title》征求意见采纳情况表 (the plan title without 书名号 of its own). */
  adoptionTitle(planTitle: string): string {
    const t = planTitle.trim().replace(/^《|》$/g, '');
    return t ? `《${t}》征求意见采纳情况表` : '征求意见采纳情况表';
  },
};
