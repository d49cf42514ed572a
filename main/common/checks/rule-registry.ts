import type { Finding } from './finding';
import type { Plan } from '../model/plan';
import { attachmentNote } from './rules/attachment-note';
import { citationForm } from './rules/citation-form';
import { copyNumber } from './rules/copy-number';
import { dates } from './rules/dates';
import { deadlineRange } from './rules/deadline-range';
import { docNumber } from './rules/doc-number';
import { doubledPunctuation } from './rules/doubled-punctuation';
import { emptySection } from './rules/empty-section';
import { halfWidthPunctuation } from './rules/half-width-punctuation';
import { imprint } from './rules/imprint';
import { issuerSignature } from './rules/issuer-signature';
import { mainRecipients } from './rules/main-recipients';
import { measureUnits } from './rules/measure-units';
import { rolledForwardFigureRule } from './rules/rolled-forward-figure';
import { numberingHierarchy } from './rules/numbering-hierarchy';
import { percentRange } from './rules/percent-range';
import { placeholders } from './rules/placeholders';
import { secrecy } from './rules/secrecy';
import { targetFigure } from './rules/target-figure';
import { title } from './rules/title';
import { traditionalChars } from './rules/traditional-chars';
import { unbalancedBrackets } from './rules/unbalanced-brackets';
import { unitDirectory } from './rules/unit-directory';
import { unitLevel } from './rules/unit-level';
import { unitOutdated } from './rules/unit-outdated';

/**
 * The 公文体检 rules (docs/checks.md#rules). One module per rule under rules/; this registry is
 * exhaustive, so a rule id without a module (or a module without an id) does not compile.
 */
export const RULE_IDS = [
  // meta: the 文件 fields
  'title',
  'doc-number',
  'dates',
  'main-recipients',
  'issuer-signature',
  'copy-number',
  'secrecy',
  'imprint',
  // body: structure and units
  'numbering-hierarchy',
  'empty-section',
  'measure-units',
  'unit-directory',
  'unit-outdated',
  'unit-level',
  'target-figure',
  'percent-range',
  'deadline-range',
  // body: text
  'half-width-punctuation',
  'doubled-punctuation',
  'rolled-forward-figure',
  'unbalanced-brackets',
  'traditional-chars',
  'placeholders',
  'citation-form',
  // plan: across bodies
  'attachment-note',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** What a rule may know besides the plan. Rules never read the clock or the environment. */
export interface CheckContext {
  /** Today, ISO yyyy-mm-dd (injected). */
  today: string;
  /** The kind of document chosen at export; undefined in the editor (only malformed values are named). */
  kind?: { redHead: boolean; notice: boolean };
  /** The county's department directory (names), beyond plan.departments. */
  directory?: string[];
  /**
   * 繁→简 conversion for fixes (opencc-js, supplied by a caller that loads it: main/common stays lean).
   * Without it the fix folds character by character through the importer's table.
   */
  simplify?: (text: string) => string;
}

interface RuleBase {
  id: RuleId;
  /** Chinese, for the 体检 panel and docs. */
  title: string;
  /** The document the rule rests on (a finding may name a finer clause). */
  source: string;
  check(plan: Plan, ctx: CheckContext): Finding[];
}

/** Reads only plan.meta and plan.notice's title. */
export interface MetaRule extends RuleBase {
  scope: 'meta';
}

/**
 * Reads one body at a time. `checkBody(plan, id)` returns exactly the findings of `check(plan)` whose
 * `where.sectionId` is `id` (ids: rules/plan-bodies.ts planBodyIds — sections, preamble, closing,
 * notice, attachments); `check`'s other findings have no sectionId and depend only on meta (and the
 * notice title): a keystroke in a body rechecks that body, a meta edit rechecks the plan.
 */
export interface BodyRule extends RuleBase {
  scope: 'body';
  checkBody(plan: Plan, bodyId: string, ctx: CheckContext): Finding[];
}

/** Reads across bodies (numbering over sections, attachments vs 附件说明); kept cheap. */
export interface PlanRule extends RuleBase {
  scope: 'plan';
}

export type Rule = MetaRule | BodyRule | PlanRule;

export const RULES: Readonly<Record<RuleId, Rule>> = {
  'title': title,
  'doc-number': docNumber,
  'dates': dates,
  'main-recipients': mainRecipients,
  'issuer-signature': issuerSignature,
  'copy-number': copyNumber,
  'secrecy': secrecy,
  'imprint': imprint,
  'numbering-hierarchy': numberingHierarchy,
  'empty-section': emptySection,
  'measure-units': measureUnits,
  'unit-directory': unitDirectory,
  'unit-outdated': unitOutdated,
  'unit-level': unitLevel,
  'target-figure': targetFigure,
  'percent-range': percentRange,
  'deadline-range': deadlineRange,
  'half-width-punctuation': halfWidthPunctuation,
  'doubled-punctuation': doubledPunctuation,
  'rolled-forward-figure': rolledForwardFigureRule,
  'unbalanced-brackets': unbalancedBrackets,
  'traditional-chars': traditionalChars,
  'placeholders': placeholders,
  'citation-form': citationForm,
  'attachment-note': attachmentNote,
};

/** Every rule in RULE_IDS order. */
export const RULE_LIST: readonly Rule[] = RULE_IDS.map((id) => RULES[id]);

/** Every finding of every rule (a plain full pass; the incremental runner lives beside it). */
export function checkAll(plan: Plan, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULE_LIST) out.push(...rule.check(plan, ctx));
  return out;
}
