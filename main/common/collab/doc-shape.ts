import * as Y from 'yjs';

/** Any Yjs shared type (AbstractType of whatever event type). */
type SharedType = Exclude<Y.Item['parent'], Y.ID | null>;

/** The kinds of shared type a document may hold below its roots. */
export type SharedTypeKind = 'xml-text' | 'map' | 'array' | 'text';

/**
 * What a document of ours may look like in Yjs. Yjs has no schema, so the server checks every update
 * against this before applying it (main/node/server/limits/update-guard.ts), and readers never recurse
 * deeper than it (docs/coediting.md "Limits").
 */
export interface DocShape {
  /** Shared types allowed below the roots. */
  types: ReadonlySet<SharedTypeKind>;
  /** Deepest shared type: a root is 0, a type inside it 1, and so on. */
  maxTypeDepth: number;
  /** Deepest plain JSON value (attributes, marks, map values): a scalar is 0, `[1]` is 1. */
  maxJsonDepth: number;
}

/**
 * A section body (slate-yjs): root `content` → block (paragraph, item, table) 1 → table-row 2 →
 * table-cell 3 → paragraph 4, all Y.XmlText; nothing deeper (main/common/model/table.ts).
 */
export const BODY_SHAPE: DocShape = { types: new Set(['xml-text']), maxTypeDepth: 4, maxJsonDepth: 4 };

/**
 * The plan doc (plan-doc.ts): roots of maps and arrays → a section or attachment record (Y.Map) 1 →
 * its title (Y.Text) or attachment outline (Y.Array) 2. One level of slack for layout additions.
 */
export const PLAN_SHAPE: DocShape = { types: new Set(['map', 'array', 'text']), maxTypeDepth: 3, maxJsonDepth: 4 };

/** The kind of a shared type; null for kinds we never use (XmlElement, XmlFragment, XmlHook, …). */
export function sharedTypeKind(type: unknown): SharedTypeKind | null {
  // Subclasses first: XmlText extends Text, XmlHook extends Map.
  if (type instanceof Y.XmlText) return 'xml-text';
  if (type instanceof Y.XmlElement || type instanceof Y.XmlFragment || type instanceof Y.XmlHook) return null;
  if (type instanceof Y.Text) return 'text';
  if (type instanceof Y.Map) return 'map';
  if (type instanceof Y.Array) return 'array';
  return null;
}

/** Depth of a JSON value, without recursion (a hostile value may be nested deeper than the stack). */
export function jsonDepth(value: unknown, stopAbove = Infinity): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > stopAbove) return max;
    if (v === null || typeof v !== 'object') continue;
    const children = Array.isArray(v) ? v : Object.values(v as object);
    for (const c of children) stack.push([c, d + 1]);
  }
  return max;
}

/** Depth of a shared type: its root is 0. Walks up without recursion; stops counting above `stopAbove`. */
export function typeDepth(type: SharedType, stopAbove = Infinity): number {
  let d = 0;
  let item = type._item;
  while (item) {
    d++;
    if (d > stopAbove) return d;
    const parent = item.parent;
    item = parent instanceof Y.AbstractType ? parent._item : null;
  }
  return d;
}

/**
 * Check a whole document against a shape (the server's fallback when an update cannot be checked from
 * its structs alone). Walks every live item without recursion. Returns why it does not fit, or null.
 */
export function shapeViolation(doc: Y.Doc, roots: ReadonlySet<string>, shape: DocShape): string | null {
  const stack: Array<[SharedType, number]> = [];
  for (const [name, type] of doc.share) {
    if (!roots.has(name)) return `unknown root ${name.slice(0, 60)}`;
    stack.push([type, 0]);
  }
  while (stack.length > 0) {
    const [type, depth] = stack.pop()!;
    const items: Y.Item[] = [];
    for (let it = type._start; it; it = it.right) items.push(it);
    for (const it of type._map.values()) items.push(it);
    for (const it of items) {
      if (it.deleted) continue;
      const why = contentViolation(it.content, depth, shape);
      if (why) return why;
      if (it.content instanceof Y.ContentType) stack.push([it.content.type, depth + 1]);
    }
  }
  return null;
}

/** Is this item content allowed inside a type at `parentDepth`? A reason when not. */
export function contentViolation(content: Y.Item['content'], parentDepth: number, shape: DocShape): string | null {
  if (content instanceof Y.ContentType) {
    const kind = sharedTypeKind(content.type);
    if (!kind || !shape.types.has(kind)) return 'a kind of shared type this document does not use';
    if (parentDepth + 1 > shape.maxTypeDepth) return `nesting deeper than ${shape.maxTypeDepth}`;
    return null;
  }
  if (content instanceof Y.ContentDoc || content instanceof Y.ContentBinary) return 'a subdocument or binary content';
  if (content instanceof Y.ContentFormat) {
    return jsonDepth(content.value, shape.maxJsonDepth) > shape.maxJsonDepth ? 'a format value nested too deep' : null;
  }
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON || content instanceof Y.ContentEmbed) {
    const values = content instanceof Y.ContentEmbed ? [content.embed] : content.getContent();
    for (const v of values) if (jsonDepth(v, shape.maxJsonDepth) > shape.maxJsonDepth) return 'a value nested too deep';
  }
  return null;
}
