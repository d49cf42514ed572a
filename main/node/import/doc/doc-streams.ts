import { CompoundFile } from './compound-file';
import { DocFormatError, type DocBytes } from './doc-bytes';

/** The compound file holds no WordDocument stream: another Office file (a slide show; a workbook is read as one). */
export class NotWordError extends DocFormatError {}

/** The streams of a .doc or .wps compound file ([MS-CFB]) the text is read from. */
export interface DocStreams {
  word: DocBytes;
  table(name: '0Table' | '1Table'): DocBytes;
}

/** Opens the compound file; throws DocFormatError when it is broken or holds no Word document. */
export function docStreams(input: Uint8Array | CompoundFile): DocStreams {
  const file = CompoundFile.of(input);
  const word = file.stream('WordDocument');
  if (!word) throw new NotWordError('the compound file has no WordDocument stream');
  return {
    word,
    table(name) {
      const t = file.stream(name);
      if (!t) throw new DocFormatError(`the FIB names the table stream ${name}, which the file does not have`);
      return t;
    },
  };
}
