import { looksLikeUnit } from './unit-names';
import { TITLE_END } from './title-text';

/**
 * "某盟行政公署办公室公文处理实施细则及文种式样" / "某盟行政公署办公室关于印发…的通知": a line that is a whole
 * title of its own — an organ, 关于/印发, a title's ending — does not finish the line above it, which was a
 * heading by itself (a sharing site's file name, a page heading). Two organ lines of a joint title still stack
 * above their "关于…" line.
 */
export function startsOwnTitle(run: string, next: string): boolean {
  if (!run || looksLikeUnit(run)) return false;
  const organ = /^(.{4,30}?)(关于|關于|關於|印发|印發)/.exec(next);
  return !!organ && looksLikeUnit(organ[1]!) && TITLE_END.test(next);
}
