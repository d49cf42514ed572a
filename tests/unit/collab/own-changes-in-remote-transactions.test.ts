import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { watchOwnChangesInRemoteTransactions } from '../../../main/common/collab/own-changes-in-remote-transactions';

const NET = Symbol('net');

describe('watchOwnChangesInRemoteTransactions', () => {
  it('hands over exactly our own structs written inside a remote-origin transaction (a provider would drop them)', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const ourId = a.clientID;
    b.getText('t').insert(0, '乙');
    const sentByProvider: Uint8Array[] = [];
    a.on('update', (u: Uint8Array, origin: unknown) => origin !== NET && sentByProvider.push(u));
    const healed: Uint8Array[] = [];
    watchOwnChangesInRemoteTransactions(a, (o) => o === NET, (u) => healed.push(u));
    a.transact(() => {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
      a.getText('t').insert(1, '甲'); // our own edit, inside the remote transaction
    }, NET);
    expect(sentByProvider).toHaveLength(0);
    expect(healed).toHaveLength(1);
    const structs = Y.decodeUpdate(healed[0]!).structs;
    expect(structs.map((s) => s.id.client)).toEqual([ourId]);
    // Yjs gives a doc a new id when a remote transaction advanced its own clock.
    expect(a.clientID).not.toBe(ourId);
    Y.applyUpdate(b, healed[0]!);
    expect(b.getText('t').toString()).toBe('乙甲');
  });

  it('stays silent for remote transactions that write nothing of ours, for local ones, and after unsubscribing', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const calls: Uint8Array[] = [];
    const stop = watchOwnChangesInRemoteTransactions(a, (o) => o === NET, (u) => calls.push(u));
    b.getText('t').insert(0, '远端');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b), NET);
    a.getText('t').insert(0, '本地');
    expect(calls).toHaveLength(0);
    stop();
    a.transact(() => a.getText('t').insert(0, '再'), NET);
    expect(calls).toHaveLength(0);
  });
});
