import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import { z } from 'zod';
import { DocNames } from '../collab/doc-names';
import { UserError, type Result } from '../errors';

/**
 * Opening a plan in the editor: `GET /api/plans/:id/open-states` (owner token or an invite of the
 * plan, like the WebSocket) answers with the server's Yjs state of the plan doc and of every body the
 * page shows, in ONE binary response, each with the grant the WebSocket gives the same token for that
 * document. The editor applies them to its docs before the providers attach, so every section can be
 * shown at once and the providers' sync only exchanges what changed since. These are the server's own
 * states (same CRDT history), never a document rebuilt from JSON (docs/coediting.md#seeding-on-the-server-once).
 *
 * Wire format: "PSOS", uint32 (big-endian) header length, the header as UTF-8 JSON
 * (OpenStatesHeaderSchema), then each document's state in header order (`bytes` long each).
 */
export const OPEN_STATES_MIME = 'application/vnd.plan-studio.open-states';
export const OPEN_STATES_VERSION = 1;
const MAGIC = [0x50, 0x53, 0x4f, 0x53]; // "PSOS"
/** A plan has a few hundred documents at most; far more is not a plan. */
const MAX_DOCS = 5000;
const MAX_HEADER_BYTES = 1024 * 1024;

export const OpenStatesHeaderSchema = z.strictObject({
  version: z.literal(OPEN_STATES_VERSION),
  planId: z.string().max(64),
  docs: z.array(z.strictObject({
    name: z.string().max(200),
    /** Length of this document's state in the payload. */
    bytes: z.number().int().min(0),
    /** What the WebSocket grants this token on this document: true = its writes are dropped. */
    readOnly: z.boolean(),
    /** A writable grant limited to 批注 (`comment`) or 批注 + 修订 (`suggest`), issue #14. */
    limit: z.enum(['comment', 'suggest']).optional(),
    /** With a limit: the department the token speaks for (its 批注 and 修订 must carry this name). */
    department: z.string().max(80).optional(),
  })).max(MAX_DOCS),
});

export interface OpenState {
  name: string;
  /** Y.encodeStateAsUpdate of the server's document. */
  state: Uint8Array;
  readOnly: boolean;
  limit?: 'comment' | 'suggest';
  department?: string;
}


export const OpenStates = {
  encode(planId: string, docs: readonly OpenState[]): Uint8Array {
    const header = encodeUtf8(JSON.stringify({
      version: OPEN_STATES_VERSION, planId, docs: docs.map((d) => ({ name: d.name, bytes: d.state.length, readOnly: d.readOnly, ...(d.limit ? { limit: d.limit, department: d.department ?? '' } : {}) })),
    }));
    const out = new Uint8Array(8 + header.length + docs.reduce((n, d) => n + d.state.length, 0));
    out.set(MAGIC, 0);
    new DataView(out.buffer).setUint32(4, header.length);
    out.set(header, 8);
    let at = 8 + header.length;
    for (const d of docs) {
      out.set(d.state, at);
      at += d.state.length;
    }
    return out;
  },

  /** Validate a response for `planId`: framing, header schema, names of this plan only, lengths. */
  decode(bytes: Uint8Array, planId: string): Result<OpenState[]> {
    const bad = (detail: string) => UserError.fail<OpenState[]>('open-states.invalid', '服务器返回的计划数据格式不正确。', `invalid open-states response: ${detail}`);
    if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) return bad('bad magic');
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4);
    if (headerLength > MAX_HEADER_BYTES || 8 + headerLength > bytes.length) return bad(`header length ${headerLength}`);
    let raw: unknown;
    try {
      raw = JSON.parse(decodeUtf8(bytes.subarray(8, 8 + headerLength)));
    } catch (e) {
      return bad(`header is not JSON: ${(e as Error).message}`);
    }
    const parsed = OpenStatesHeaderSchema.safeParse(raw);
    if (!parsed.success) return bad(`header: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
    const header = parsed.data;
    if (header.planId !== planId) return bad(`plan ${header.planId}, expected ${planId}`);
    let at = 8 + headerLength;
    const docs: OpenState[] = [];
    const seen = new Set<string>();
    for (const d of header.docs) {
      if (DocNames.parse(d.name)?.planId !== planId || seen.has(d.name)) return bad(`document ${JSON.stringify(d.name)} does not belong to plan ${planId} or repeats`);
      seen.add(d.name);
      if (at + d.bytes > bytes.length) return bad(`document ${d.name} runs past the end`);
      docs.push({ name: d.name, state: bytes.subarray(at, at + d.bytes), readOnly: d.readOnly, ...(d.limit ? { limit: d.limit, department: d.department ?? '' } : {}) });
      at += d.bytes;
    }
    if (at !== bytes.length) return bad(`${bytes.length - at} bytes after the last document`);
    return UserError.ok(docs);
  },
};
