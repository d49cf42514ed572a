import type { ImportLimits } from './import-limits';
import { readEntry, zipEntries, type ZipEntry } from './zip-reader';

/** A part that is not UTF-8 (a WordprocessingML part must be): the import stops and names it. */
export class PartEncodingError extends Error {
  constructor(readonly part: string) {
    super(`${part} is not valid UTF-8`);
  }
}

/**
 * The parts of a .docx, inflated on demand within one budget of real (not declared) bytes for the whole
 * package: a header or an embedded HTML part counts against the same limit as the body. Throws ZipError,
 * ImportLimitError, PartEncodingError.
 */
export class DocxPackage {
  private readonly entries: ZipEntry[];
  private readonly budget: { left: number; limit: number };
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly bytes: Uint8Array, limits: ImportLimits) {
    this.entries = zipEntries(bytes);
    this.budget = { left: limits.maxInflatedBytes, limit: limits.maxInflatedBytes };
  }

  /** A part's bytes, or null when the package has none of that name. */
  raw(name: string): Uint8Array | null {
    const entry = this.entries.find((e) => e.name === name);
    return entry ? readEntry(this.bytes, entry, this.budget) : null;
  }

  /** An XML part's text, or null when absent. */
  text(name: string): string | null {
    const raw = this.raw(name);
    if (raw === null) return null;
    try {
      return this.utf8.decode(raw);
    } catch {
      throw new PartEncodingError(name);
    }
  }
}
