/**
 * "当前位置： 首页政务公开最新文件区管委会办公室文件 某某关于印发…的通知 时间：2022-06-08 10:04 微信 微博 QQ空间
 * 各片区管理局，…": a page copied with its whitespace collapsed keeps its breadcrumb, its heading (the document's
 * title, as the last step of the crumbs names its column), the byline with the share buttons' labels and
 * the whole text on one line. A government page sets these four in this order above every document; the
 * byline's date is what tells where the heading ends. Split into the crumbs, the heading, the byline and
 * the text, so the crumbs and the byline are dropped as the page's and the text is read as a document.
 */
const CRUMBS_HEADING_BYLINE = new RegExp(
  '^((?:您)?当前(?:的)?位置\\s*[:：]\\s*\\S{2,80})\\s+(\\S.{4,150}?)\\s+' +
  '((?:发布)?(?:时间|日期)\\s*[:：]\\s*\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?' +
  '(?:\\s+(?:微信|微博|QQ空间|QQ|朋友圈|分享到?))*)\\s+(\\S.{20,})$',
);

export function splitBreadcrumbOverText(line: string): string[] | null {
  const m = CRUMBS_HEADING_BYLINE.exec(line.trim());
  return m ? [m[1]!, m[2]!, m[3]!, m[4]!] : null;
}
