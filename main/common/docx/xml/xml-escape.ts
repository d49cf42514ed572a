// The escaping docx 9.15.2 (pinned) applies to text and attribute values (its util/xml/stringify.ts, which keeps
// the xml package's behaviour): & " ' < > as entities, and the C0 control characters XML 1.0 forbids dropped.
// paragraph-xml.ts and grid-table-xml.ts write what docx would write, byte for byte.

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// The control characters in the class are what is matched (and dropped).
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const TEST = new RegExp(SPECIAL.source);

/** Text or an attribute value as docx escapes it. */
export function xmlEscape(value: string): string {
  return TEST.test(value) ? value.replace(SPECIAL, (c) => ENTITIES[c] ?? '') : value;
}
