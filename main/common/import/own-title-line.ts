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
  return (!!organ && looksLikeUnit(organ[1]!) && TITLE_END.test(next)) || cutBeforeIssuer(run, next);
}

/**
 * "某市人民政府关于印发某市…三年行动方案(2021—2" / "某市人民政府办公室" / "关于印发《…》的通知": a site shortens a
 * long page heading (often another document's, a link above the text) and cuts it inside its period's bracket.
 * A title already past its organ and 关于 that stops inside an open bracket cannot go on with an organ's name:
 * the organ alone on the next line is the 发文机关 set over the notice's own title.
 */
export function cutBeforeIssuer(run: string, next: string): boolean {
  const opens = /^(.{4,30}?)(关于|關于|關於|印发|印發)/.exec(run);
  const open = (a: string, b: string) => run.split(a).length > run.split(b).length;
  return !!opens && looksLikeUnit(opens[1]!) && (open('(', ')') || open('《', '》')) && looksLikeUnit(next);
}
