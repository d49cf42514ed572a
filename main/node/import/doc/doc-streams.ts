import * as CFB from 'cfb';
import { DocBytes, DocFormatError } from './doc-bytes';

/** The compound file holds no WordDocument stream: another Office file (a workbook, a slide show). */
export class NotWordError extends DocFormatError {
  constructor(message: string, readonly workbook: boolean) {
    super(message);
  }
}

/** The streams of a .doc or .wps compound file ([MS-CFB]) the text is read from. */
export interface DocStreams {
  word: DocBytes;
  table(name: '0Table' | '1Table'): DocBytes;
}

function stream(container: CFB.CFB$Container, name: string): DocBytes | null {
  // Top-level streams only: an embedded object's storage ("ObjectPool/…") has its own WordDocument.
  const i = container.FullPaths.findIndex((p) => p.replace(/^[^/]*\//, '') === name);
  const entry = i >= 0 ? container.FileIndex[i] : null;
  if (!entry || entry.type !== 2 || !entry.content) return null;
  const c = entry.content;
  return new DocBytes(c instanceof Uint8Array ? c : Uint8Array.from(c), name);
}

/** Opens the compound file; throws DocFormatError when it is broken or holds no Word document. */
export function docStreams(bytes: Uint8Array): DocStreams {
  let container: CFB.CFB$Container;
  try {
    container = CFB.parse(bytes);
  } catch (e) {
    throw new DocFormatError(`not a readable compound file: ${(e as Error).message}`);
  }
  const word = stream(container, 'WordDocument');
  // An Excel 97–2003 workbook keeps its sheets in a "Workbook" stream (Excel 5/95: "Book").
  const workbook = stream(container, 'Workbook') !== null || stream(container, 'Book') !== null;
  if (!word) throw new NotWordError(`the compound file has no WordDocument stream${workbook ? ' (an Excel 97-2003 workbook)' : ''}`, workbook);
  return {
    word,
    table(name) {
      const t = stream(container, name);
      if (!t) throw new DocFormatError(`the FIB names the table stream ${name}, which the file does not have`);
      return t;
    },
  };
}
