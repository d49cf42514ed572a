// Web Crypto exists in browsers, Electron and Node >= 19 as globalThis.crypto; main/common has no DOM/node types.
declare const crypto: { getRandomValues<T extends Uint8Array>(a: T): T };

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Ids are minted at creation and on split, never in normalisers (docs/coediting.md#normalisers-remove-never-insert-ids-at-creation). */
export const Ids = {
  create(prefix: string, length = 10): string {
    const bytes = crypto.getRandomValues(new Uint8Array(length));
    let out = '';
    for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
    return `${prefix}-${out}`;
  },
  /** Plan ids end up in document names and file names: keep them boring. */
  isPlanId(id: string): boolean {
    return /^[a-z0-9][a-z0-9-]{2,63}$/.test(id);
  },
  isNodeId(id: string): boolean {
    return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(id);
  },
};
