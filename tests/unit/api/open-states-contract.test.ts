import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OpenStates, type OpenState } from '../../../main/common/api/open-states-contract';
import { DocNames } from '../../../main/common/collab/doc-names';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { samplePlan } from '../model/fixtures';

const PLAN = 'p-openstates1';

function statesOf(docs: Map<string, Uint8Array>): OpenState[] {
  return [...docs].map(([name, state], i) => ({ name, state, readOnly: i % 2 === 1 }));
}

/** Overwrite the header's JSON in place with a same-length text (so the framing stays valid). */
function withHeader(bytes: Uint8Array, edit: (json: string) => string): Uint8Array {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4);
  const json = new TextDecoder().decode(bytes.subarray(8, 8 + length));
  const next = new TextEncoder().encode(edit(json));
  const out = new Uint8Array(8 + next.length + bytes.length - 8 - length);
  out.set(bytes.subarray(0, 4));
  new DataView(out.buffer).setUint32(4, next.length);
  out.set(next, 8);
  out.set(bytes.subarray(8 + length), 8 + next.length);
  return out;
}

function detail(bytes: Uint8Array, planId = PLAN): string {
  const r = OpenStates.decode(bytes, planId);
  if (r.ok) throw new Error('decoded although it should not');
  return r.error.detail;
}

describe('open-states wire format', () => {
  it('round-trips every state byte for byte with its grant, and the states read back as the plan', async () => {
    const docs = encodePlanDocs(PLAN, samplePlan());
    const sent = statesOf(docs);
    const r = OpenStates.decode(OpenStates.encode(PLAN, sent), PLAN);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.map((d) => d.name)).toEqual(sent.map((d) => d.name));
    expect(r.value.map((d) => d.readOnly)).toEqual(sent.map((d) => d.readOnly));
    for (const [i, d] of r.value.entries()) expect(Buffer.from(d.state).equals(Buffer.from(sent[i]!.state))).toBe(true);
    const byName = new Map(r.value.map((d) => [d.name, d.state]));
    expect(await decodePlanDocs(PLAN, async (n) => byName.get(n) ?? null)).toEqual(samplePlan());
  });

  it('an empty state and a plan without bodies are fine', () => {
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    const r = OpenStates.decode(OpenStates.encode(PLAN, [{ name: DocNames.plan(PLAN), state: empty, readOnly: false }]), PLAN);
    expect(r.ok && r.value.length === 1 && r.value[0]!.state.length === empty.length).toBe(true);
  });

  it('refuses what is not a response for this plan: magic, framing, header, names, lengths', () => {
    const good = OpenStates.encode(PLAN, statesOf(encodePlanDocs(PLAN, samplePlan())));
    expect(detail(new Uint8Array([1, 2, 3]))).toMatch(/magic/);
    expect(detail(Uint8Array.from([...good.subarray(0, 3), 0x58, ...good.subarray(4)]))).toMatch(/magic/);
    const hugeHeader = good.slice();
    new DataView(hugeHeader.buffer).setUint32(4, 0xffffffff);
    expect(detail(hugeHeader)).toMatch(/header length/);
    expect(detail(withHeader(good, (j) => j.replace('{', '[')))).toMatch(/not JSON/);
    expect(detail(withHeader(good, (j) => j.replace('"version":1', '"version":2')))).toMatch(/header/);
    expect(detail(withHeader(good, (j) => j.replace('"readOnly":false', '"readOnly":"no"')))).toMatch(/header/);
    expect(detail(good, 'p-otherplan1')).toMatch(/expected p-otherplan1/);
    // A document of another plan, or a name that is not a document name at all.
    expect(detail(withHeader(good, (j) => j.replace(`"plan:${PLAN}:sec:`, '"plan:p-otherplan1:sec:')))).toMatch(/does not belong/);
    expect(detail(withHeader(good, (j) => j.replace(`"plan:${PLAN}:sec:`, `"plan:${PLAN}:sec:../`)))).toMatch(/does not belong/);
    // Lengths that do not add up: truncated, or bytes after the last document.
    expect(detail(good.subarray(0, good.length - 1))).toMatch(/past the end/);
    expect(detail(Uint8Array.from([...good, 0]))).toMatch(/after the last document/);
  });

  it('refuses the same document twice', () => {
    const docs = encodePlanDocs(PLAN, samplePlan());
    const plan = { name: DocNames.plan(PLAN), state: docs.get(DocNames.plan(PLAN))!, readOnly: false };
    expect(detail(OpenStates.encode(PLAN, [plan, plan]))).toMatch(/repeats/);
  });
});
