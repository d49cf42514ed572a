/** Characters Windows, macOS and Linux refuse (or treat specially) in a file name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
/** Long titles make names some file systems and mail clients cut; 80 characters keep the title readable. */
const MAX_STEM = 80;

/**
 * The one way a plan's title becomes a file name (exports, 任务分解表, states files; server and dialogs):
 * unsafe characters removed, trimmed, at most 80 characters, `fallback` when nothing is left, then `suffix`
 * (e.g. ".docx", "任务分解表.xlsx").
 */
export function fileNameFor(title: string, fallback: string, suffix: string): string {
  const stem = [...title.replace(UNSAFE, '').trim()].slice(0, MAX_STEM).join('').trim();
  return `${stem || fallback}${suffix}`;
}
