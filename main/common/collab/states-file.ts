import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';
import { UserError, type Result } from '../errors';
import { DocNames } from './doc-names';

/**
 * The states file: a plan as one file of Yjs states (另存为 / 打开, e-mail, USB), every state of the plan
 * plus a little metadata. Users know it as 计划文件 with the extension `.planfile`; in code it is the
 * "states file", so that "plan file" names one format only, the plan JSON (`*.plan.json`, the format of
 * the CLI, the API and the seeds). The on-disk format string stays 'plan-studio/plan-file': files saved
 * before the rename open unchanged.
 * It carries CRDT states, not plan JSON, so two copies edited apart merge without losing anyone's
 * text (Y.mergeUpdates / Y.applyUpdate), and merging into the live plan is an ordinary sync.
 * Re-importing plan JSON instead would duplicate everything (docs/coediting.md#seeding-on-the-server-once).
 */
export const STATES_FILE_FORMAT = 'plan-studio/plan-file';
export const STATES_FILE_VERSION = 1;
export const STATES_FILE_EXTENSION = '.planfile';
/** A real plan's states are well under a few MB; anything far larger is not a plan file. */
export const MAX_STATES_FILE_BYTES = 64 * 1024 * 1024;
const MAX_DOCS = 2000;

export const StatesFileSchema = z.strictObject({
  format: z.literal(STATES_FILE_FORMAT),
  version: z.number().int(),
  planId: z.string().max(64),
  savedAt: z.string().max(40),
  /** For people looking at the file; never trusted (the plan doc holds the real title). */
  title: z.string().max(300).optional(),
  docs: z.record(z.string().max(200), z.string()),
});
export type StatesFile = z.infer<typeof StatesFileSchema>;

export interface DecodedStatesFile {
  planId: string;
  savedAt: string;
  /** Document name → Yjs state (update bytes). */
  docs: Map<string, Uint8Array>;
}

export function encodeStatesFile(planId: string, docs: ReadonlyMap<string, Uint8Array>, savedAt: string, title?: string): StatesFile {
  const out: Record<string, string> = {};
  for (const [name, state] of [...docs].sort(([a], [b]) => a.localeCompare(b))) out[name] = toBase64(state);
  return { format: STATES_FILE_FORMAT, version: STATES_FILE_VERSION, planId, savedAt, ...(title !== undefined ? { title } : {}), docs: out };
}

const bad = (detail: string, message = '不是有效的计划文件。') => UserError.fail<DecodedStatesFile>('plan-file.invalid', message, `invalid plan file: ${detail}`);

/** Validate everything from outside: format, version, names of this plan only, base64, Yjs states. */
export function decodeStatesFile(raw: unknown): Result<DecodedStatesFile> {
  const parsed = StatesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return bad(`${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`);
  }
  const f = parsed.data;
  if (f.version !== STATES_FILE_VERSION) return bad(`unsupported version ${f.version}`, `计划文件版本 ${f.version} 不受支持，请升级本程序。`);
  const names = Object.keys(f.docs);
  if (names.length > MAX_DOCS) return bad(`${names.length} documents`);
  if (!(DocNames.plan(f.planId) in f.docs) || !DocNames.parse(DocNames.plan(f.planId))) return bad(`no plan document for ${JSON.stringify(f.planId)}`);
  const docs = new Map<string, Uint8Array>();
  for (const name of names) {
    if (DocNames.parse(name)?.planId !== f.planId) return bad(`document ${JSON.stringify(name)} does not belong to plan ${f.planId}`);
    const text = f.docs[name]!;
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return bad(`document ${name} is not base64`);
    const state = fromBase64(text);
    if (!isCompleteState(state)) return bad(`document ${name} is not a complete Yjs state`, '计划文件已损坏（内容不完整），无法打开。');
    docs.set(name, state);
  }
  return UserError.ok({ planId: f.planId, savedAt: f.savedAt, docs });
}

/** Applies cleanly, with nothing left waiting for missing structs (a truncated file would). */
export function isCompleteState(state: Uint8Array): boolean {
  try {
    const probe = new Y.Doc();
    Y.applyUpdate(probe, state);
    const ok = probe.store.pendingStructs === null && probe.store.pendingDs === null;
    probe.destroy();
    return ok;
  } catch {
    return false;
  }
}

/**
 * CRDT merge of two copies of the same plan: every document is the union of both states, so text
 * typed in either copy survives. Different plans are refused (merging them would interleave two plans).
 */
export function mergeStatesFiles(a: DecodedStatesFile, b: DecodedStatesFile, savedAt: string): Result<DecodedStatesFile> {
  if (a.planId !== b.planId) {
    return UserError.fail('plan-file.different-plans', '这两个文件不是同一份计划的副本，无法合并。', `plan ids differ: ${a.planId} vs ${b.planId}`);
  }
  const docs = new Map<string, Uint8Array>();
  for (const name of new Set([...a.docs.keys(), ...b.docs.keys()])) {
    const states = [a.docs.get(name), b.docs.get(name)].filter((s): s is Uint8Array => s !== undefined);
    docs.set(name, states.length === 1 ? states[0]! : Y.mergeUpdates(states));
  }
  return UserError.ok({ planId: a.planId, savedAt, docs });
}
