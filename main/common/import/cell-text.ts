import { fold } from './line';
import { looksLikeUnit } from './unit-names';

/**
 * A cell's paragraphs on one line. Names typed one a paragraph ("县发改局" / "各镇、街道" / "新材料产业园")
 * are a list: lines with no sentence punctuation, each as long as a name (or one of them a unit's name).
 * They are joined with 、 so each stays a name of its own (glued, "县发改局各镇" reads as no unit at
 * all). Other text runs on as it reads, as does a narrow heading wrapped by hand ("责任" / "单位").
 */
export function cellText(paragraphs: string[]): string {
  const lines = paragraphs.map((p) => p.replace(/\s*\n\s*/g, '').replace(/\|/g, '｜').trim()).filter(Boolean);
  if (lines.length < 2 || lines.some((p) => /[。；;，,：:！!？?]/.test(p) || ROLE_HEADING.test(p))) return lines.join('');
  const nameLike = (p: string) => p.length >= 3 && p.length <= 24;
  const names = lines.every(nameLike) || (lines.every((p) => p.length <= 40) && lines.some((p) => looksLikeUnit(fold(p))));
  return names ? lines.join('、') : lines.join('');
}

// A heading's words, never a unit: "牵头单位" over "（部门）" is one heading.
const ROLE_HEADING = /^[(（]?(牵头|责任|配合|协办|参与|主办|主责)?(单位|部门)[)）]?$/;
