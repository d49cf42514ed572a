import * as Y from 'yjs';
import { UserError, type Result } from '../errors';
import { PlanMetaSchema, type PlanMeta } from '../model/meta';
import { currentMetaValue } from './legacy-meta';
import { PlanDocRoots as P } from './plan-doc-roots';
import { setTextField } from './text-diff';
import { META_FIELD_LABELS } from '../model/meta-field-labels';

/**
 * The 文件信息 of a plan (发文机关, 发文字号, 版头 marks, 主送, 落款, 附注, 版记): typed reads and writes
 * of the plan doc's `meta` map, where they live as the plan file's meta fields (docs/plan-format.md).
 *
 * Co-editing: each field is its own key of the Y.Map, a last-writer-wins value. Two people editing
 * different fields always converge with both edits kept. Two people typing into the same field end with
 * one person's whole value, which both then see; for these fields that is the right unit: a 文号 or a
 * date assembled from two people's keystrokes would be a number nobody chose, they are short, and in
 * practice one 文秘 fills them. (Y.Text per field would merge characters but would change the meta's
 * plain-value layout that the plan file, the export and older peers read.) The 发文字号 is one value
 * with its three parts for the same reason.
 */
export const DOCUMENT_FIELD_KEYS = [
  'issuer', 'mark', 'signature', 'docNumber', 'signers', 'copyNumber', 'secrecy', 'secrecyTerm', 'urgency',
  'mainRecipients', 'date', 'sealed', 'note', 'copyTo', 'printer', 'printDate',
] as const satisfies ReadonlyArray<keyof PlanMeta>;
export type DocumentFieldKey = (typeof DOCUMENT_FIELD_KEYS)[number];
export type DocumentFieldValues = Pick<PlanMeta, DocumentFieldKey>;

const schemaOf = (key: DocumentFieldKey) => PlanMetaSchema.shape[key];

/** The field's value when the doc holds none or an invalid one: the plan format's default. */
function defaultOf<K extends DocumentFieldKey>(key: K): DocumentFieldValues[K] {
  return schemaOf(key).parse(undefined) as DocumentFieldValues[K];
}

export const DocumentFields = {
  keys: DOCUMENT_FIELD_KEYS,

  /** Every field, read as the plan file reads it (invalid or missing values → the default). */
  read(doc: Y.Doc): DocumentFieldValues {
    const map = P.meta(doc);
    const out = {} as Record<DocumentFieldKey, unknown>;
    for (const key of DOCUMENT_FIELD_KEYS) {
      const parsed = schemaOf(key).safeParse(currentMetaValue(key, map.get(key)));
      out[key] = parsed.success && map.has(key) ? parsed.data : defaultOf(key);
    }
    return out as DocumentFieldValues;
  },

  /** Validate and write one field (one Yjs transaction); an invalid value is refused, nothing written. */
  set<K extends DocumentFieldKey>(doc: Y.Doc, key: K, value: DocumentFieldValues[K], origin: unknown = 'document-fields'): Result<DocumentFieldValues[K]> {
    const parsed = schemaOf(key).safeParse(value);
    if (!parsed.success) {
      return UserError.fail('fields.invalid', `“${FIELD_LABELS[key]}”的内容不符合要求。`, `invalid value for meta.${key}: ${parsed.error.issues[0]?.message ?? ''}`);
    }
    doc.transact(() => P.meta(doc).set(key, parsed.data), origin);
    return UserError.ok(parsed.data as DocumentFieldValues[K]);
  },

  /** Call `onChange` after any change of a field (local or remote); returns the unsubscribe. */
  observe(doc: Y.Doc, onChange: (keys: DocumentFieldKey[]) => void): () => void {
    const map = P.meta(doc);
    const handler = (e: Y.YMapEvent<unknown>) => {
      const keys = [...e.keysChanged].filter((k): k is DocumentFieldKey => (DOCUMENT_FIELD_KEYS as readonly string[]).includes(k));
      if (keys.length) onChange(keys);
    };
    map.observe(handler);
    return () => map.unobserve(handler);
  },

  /** The 印发/转发通知's title, or null when the plan has no notice. */
  noticeTitle(doc: Y.Doc): string | null {
    const notice = P.notice(doc);
    if (notice.get('enabled') !== true) return null;
    const t = notice.get('title');
    return t instanceof Y.Text ? t.toString() : typeof t === 'string' ? t : '';
  },

  /** Replace the notice title by its smallest changed range, so a concurrent edit elsewhere in it survives. */
  setNoticeTitle(doc: Y.Doc, text: string, origin: unknown = 'document-fields'): void {
    const notice = P.notice(doc);
    doc.transact(() => setTextField(notice, 'title', text), origin);
  },
};

/** The fields' names as the 文件信息 panel and the export dialog show them (the one list of meta field names). */
export const FIELD_LABELS: Record<DocumentFieldKey, string> = META_FIELD_LABELS;
