// What `export` needs for a .pdf, in one module: the built CLI makes it a file of its own
// (scripts/build-cli.mjs LAZY → out/cli/lazy/pdf-kit.cjs), loaded only when a .pdf is asked for, so a .docx
// export neither reads nor compiles fontkit and pdf-lib (1.7 MB of the 3.4 MB export bundle).
export { exportPdfBytes } from '../pdf/export-pdf';
export { FACE_LABELS, findFonts, fontCoverage, MissingFontsError } from '../pdf/system-fonts';
