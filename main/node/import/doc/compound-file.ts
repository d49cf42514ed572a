import * as CFB from 'cfb';
import { DocBytes, DocFormatError } from './doc-bytes';

/**
 * A compound file ([MS-CFB]: the container of .doc, .wps, .xls and .ppt) and its top-level streams, each as
 * bounds-checked bytes. Throws DocFormatError when the container is broken.
 */
export class CompoundFile {
  private constructor(private readonly container: CFB.CFB$Container) {}

  static open(bytes: Uint8Array): CompoundFile {
    try {
      return new CompoundFile(CFB.parse(bytes));
    } catch (e) {
      throw new DocFormatError(`not a readable compound file: ${(e as Error).message}`);
    }
  }

  /** The container, or null when it is broken (its reader then says what is wrong, by the file's name). */
  static tryOpen(bytes: Uint8Array): CompoundFile | null {
    try {
      return CompoundFile.open(bytes);
    } catch {
      return null;
    }
  }

  /** An input of a reader: the file opened once by the caller, or its bytes (opened here). */
  static of(input: Uint8Array | CompoundFile): CompoundFile {
    return input instanceof CompoundFile ? input : CompoundFile.open(input);
  }

  /**
   * An Excel workbook: a "Workbook" stream (or Excel 5/95's "Book") and no Word document. A .doc may embed a
   * workbook, but only inside an object's storage, never at the top level.
   */
  isWorkbook(): boolean {
    return this.stream('WordDocument') === null && (this.stream('Workbook') !== null || this.stream('Book') !== null);
  }

  /** A top-level stream, or null: an embedded object's storage ("ObjectPool/…") has streams of the same names. */
  stream(name: string): DocBytes | null {
    const i = this.container.FullPaths.findIndex((p) => p.replace(/^[^/]*\//, '') === name);
    const entry = i >= 0 ? this.container.FileIndex[i] : null;
    if (!entry || entry.type !== 2 || !entry.content) return null;
    const c = entry.content;
    return new DocBytes(c instanceof Uint8Array ? c : Uint8Array.from(c), name);
  }
}
