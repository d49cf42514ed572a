import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_ROOT } from '../../../main/common/collab/body-doc';
import { CorruptDocumentError } from '../../../main/node/store/document-store';
import { ENVELOPE_VERSION, StateEnvelope } from '../../../main/node/store/state-envelope';

function bodyState(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.get(BODY_ROOT, Y.XmlText).insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('StateEnvelope (v2: CRC-32 of the state)', () => {
  it('round-trips and writes the current version', () => {
    const state = bodyState('第一段');
    const wrapped = StateEnvelope.wrap(state);
    expect(wrapped[4]).toBe(ENVELOPE_VERSION);
    expect(StateEnvelope.unwrap('plan:p-x:sec:s1', wrapped)).toEqual(state);
  });

  it('finding 7: one changed byte in the root name is reported as corrupt, not read as an empty section', () => {
    const wrapped = StateEnvelope.wrap(bodyState('这一节有内容'));
    const at = Buffer.from(wrapped).indexOf(Buffer.from(BODY_ROOT));
    expect(at).toBeGreaterThan(0);
    wrapped[at] = wrapped[at]! ^ 0x01;
    // Without the checksum this decoded into a document whose section root was empty.
    expect(() => StateEnvelope.unwrap('plan:p-x:sec:s1', wrapped)).toThrow(CorruptDocumentError);
    expect(() => StateEnvelope.unwrap('plan:p-x:sec:s1', wrapped)).toThrow(/checksum mismatch/);
  });

  it('every single flipped byte of the state is detected', () => {
    const wrapped = StateEnvelope.wrap(bodyState('甲乙丙'));
    for (let i = 9; i < wrapped.length; i++) {
      const bad = wrapped.slice();
      bad[i] = bad[i]! ^ 0x40;
      expect(() => StateEnvelope.unwrap('plan:p-x', bad), `byte ${i}`).toThrow(CorruptDocumentError);
    }
  });

  it('old v1 envelopes (no checksum) still load', () => {
    const state = bodyState('旧格式');
    const v1 = new Uint8Array(state.length + 5);
    v1.set([0x50, 0x53, 0x59, 0x44, 1], 0);
    v1.set(state, 5);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, StateEnvelope.unwrap('plan:p-x:sec:s1', v1));
    expect(doc.get(BODY_ROOT, Y.XmlText).toString()).toBe('旧格式');
  });

  it('an unknown version or a truncated header is corrupt', () => {
    const wrapped = StateEnvelope.wrap(bodyState('x'));
    const v9 = wrapped.slice();
    v9[4] = 9;
    expect(() => StateEnvelope.unwrap('plan:p-x', v9)).toThrow(/unknown envelope version 9/);
    expect(() => StateEnvelope.unwrap('plan:p-x', wrapped.subarray(0, 7))).toThrow(CorruptDocumentError);
  });
});
