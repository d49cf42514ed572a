import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Section } from '../model/section';
import { fold } from './line';

/** How an introducing paragraph and the items under it are told apart from a plan's own tasks. */
export interface IntroRule {
  /** The paragraph (folded text) that introduces items which are not tasks. */
  intro: (text: string) => boolean;
  /** Whether an item under it is one of those (only items with no units of their own are asked). */
  isPoint: (item: Item) => boolean;
  /** Whether an item that is not one ends the run (else only the next paragraph does). */
  endsAtOther: boolean;
}

function paragraphText(b: Body[number]): string {
  return b.type === 'paragraph' ? fold(b.children.map((l) => l.text).join('')).trim() : '';
}

function markBody(body: Body, rule: IntroRule): number {
  let count = 0;
  let under = false;
  for (const b of body) {
    if (b.type === 'paragraph') under = rule.intro(paragraphText(b));
    else if (b.type === 'item' && under && b.role === 'measure' && b.leadUnits.length + b.supportUnits.length === 0 && rule.isPoint(b)) {
      b.role = 'point';
      count++;
    } else if (rule.endsAtOther) under = false;
  }
  return count;
}

function markSections(sections: readonly Section[], rule: IntroRule): number {
  return sections.reduce((n, s) => n + markBody(s.body, rule) + markSections(s.sections, rule), 0);
}

/**
 * Items right after a paragraph that introduces things which are not work (a request's reply channels, the
 * classes of things a plan's scope covers) become points, in the preamble and every part; returns how many.
 */
export function pointsAfterIntro(preamble: Body, sections: readonly Section[], rule: IntroRule): number {
  return markBody(preamble, rule) + markSections(sections, rule);
}
