/** A structure of a .doc that points outside its stream, or does not say what Word writes. */
export class DocFormatError extends Error {}

/** Little-endian reads from a stream of a .doc; every read is bounds-checked (a hostile file throws, never reads past). */
export class DocBytes {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array, readonly name: string) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  private check(offset: number, size: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset + size > this.bytes.length) {
      throw new DocFormatError(`${this.name}: read of ${size} bytes at ${offset} is outside its ${this.bytes.length} bytes`);
    }
  }

  u8(offset: number): number {
    this.check(offset, 1);
    return this.view.getUint8(offset);
  }

  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, true);
  }

  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, true);
  }

  slice(offset: number, size: number): Uint8Array {
    this.check(offset, size);
    return this.bytes.subarray(offset, offset + size);
  }
}
