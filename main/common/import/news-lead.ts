import type { Line } from './line';

/**
 * "近日，广东省委办公厅、省政府办公厅印发《广东省自然灾害防治能力建设行动方案》，内容如下。": a news copy's lead
 * sentence names the document it reproduces (印发/发布/出台/公布《X》, then 内容如下/全文如下). Read on the text as
 * written, simplified or traditional.
 */
const LEAD = /(印[发發]|[发發]布|出台|公布|下[发發])了?《([^《》]{4,80})》[^。《]{0,30}?(全文|[内內]容|原文)如下/;

/**
 * "近日，…印发了《X》，并发出通知，要求…。" / "《X》全文如下。": the lead names the document in a sentence of its own
 * (the issue, then what the notice asks) and hands over to the text on a line that opens with the title it
 * quotes — news desks write the hand-over so ("《X》全文如下", "《X》原文如下") when the lead has gone on past the title.
 */
const OWN_LINE = /^《([^《》]{4,80})》[^。《]{0,10}?(全文|[内內]容|原文)如下/;

/** The title a news lead names among the first lines (before `to`), with its line; null when there is none. */
export function newsLeadTitle(lines: readonly Line[], to: number): { title: string; at: number } | null {
  for (let i = 0; i < Math.min(to, lines.length, 6); i++) {
    const text = lines[i]!.text.trim();
    const m = LEAD.exec(text);
    if (m) return { title: m[2]!.trim(), at: i };
    const own = OWN_LINE.exec(text);
    if (own) return { title: own[1]!.trim(), at: i };
  }
  return null;
}
