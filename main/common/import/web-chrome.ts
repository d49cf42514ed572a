import { isOaChrome } from './oa-chrome';
import { isContentsEntry } from './contents-entry';
import { sharedFileTitle } from './sharing-blurb';
import { DECISION_TAB } from './decision-page';
import { isCrawlRecord } from './crawl-record';
import { splitBreadcrumbOverText } from './breadcrumb-over-text';

/**
 * Lines that belong to the web page a plan was copied from, not to the plan: breadcrumbs, author and
 * publication lines, hit counters, download links, previous/next links, font and share widgets,
 * "本站小编" blurbs.
 */
/** What a PDF or a gazette sets between its pages: page numbers and running heads. */
const PAGE_FURNITURE: readonly RegExp[] = [
  // A gazette page's text layer (a flipbook): "Page 24 - 2021年第3期", "P. 24", the running head "3/2021  某市
  // 人民政府公报  ·某市人民政府办公室文件·", the page number "· 23 ·" and the list of pages "19 20 21 22".
  /^Page\s*\d{1,4}(\s*[-–—]\s*.*)?$/i,
  /^P\.\s*\d{1,4}$/,
  /^\d{1,2}\/\d{4}\s+\S*公报/,
  /^\S*公报\s+·[^·]{2,30}·$/,
  /^·\s*\d{1,4}\s*·$/,
  /^(\d{1,4}\s+){3,}\d{1,4}$/,
  // A PDF's page number set between dashes ("— — — 2 —", "—3—", "- 4 -") on a line of its own.
  /^[—–-](\s*[—–-])*\s*\d{1,4}\s*[—–-]$/,
  // A PDF's page number copied as a line of its own ("— 3 —", "－3－", "- 3 -": 公文 set it between dashes),
  // and a gazette PDF's running head at a page's top ("2021年第3期　某市人民政府公报", either way round).
  /^[—－\-–―]\s*\d{1,4}\s*[—－\-–―]$/,
  /^\d{4}\s*年\s*第\s*\d{1,3}\s*期\s+\S{2,30}公报$/,
  /^\S{2,30}公报\s+\d{4}\s*年\s*第\s*\d{1,3}\s*期$/,
];

/** A page number or running head on a line of its own: between two lines of a paragraph a page broke. */
export function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.some((re) => re.test(line));
}

const CHROME: RegExp[] = [
  ...PAGE_FURNITURE,
  // "您当前的位置", "您现在的位置:首页", "您所在的位置": the page's breadcrumb label, however a site words it.
  /^您(现在|当前|目前)?(所在)?的?(当前)?位置/,
  /^当前位置/,
  /^首页\s*[>›»]/,
  // "发表日期: 2020-11-18 来源:…局 作者:… 该信息已被浏览:": a byline, though it ends in a colon as a 主送 does.
  /^(时间|(发布|发表|更新)?(时间|日期))[:：]\s*\d{4}-\d{1,2}-\d{1,2}.*(来源|点击|浏览)/,
  /^作者[:：].*(来源|发布时间)[:：]/,
  /^(来源|点击|浏览次数|阅读)[:：]/,
  // "时间：2022-06-08 10:04 微信 微博 QQ空间": a byline closed by the share buttons' labels.
  /^(发布)?(时间|日期)[:：]\s*\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s*(微信|微博|QQ空间|QQ|朋友圈|分享到?))+\s*$/,
  /^文件下载[:：]/,
  /^(上一篇|下一篇)[:：]/,
  // Matched on the text as copied: a traditional page writes the widget "【字體:" (and "分享到:" goes with it).
  /^【\s*字[体體][:：]/,
  // A font-size widget left without its buttons ("字号:", "字号：大 中 小"), a search box's label, and the
  // title an HTML editor gives an untitled page ("无标题文档").
  /^(字[号號]|字[体體])[:：]\s*[大中小\s]*$/,
  /^(搜索|站内搜索|无标题文档|無標題文檔)$/,
  /^分享到?[:：]?\s*$/,
  /^(打印本页|关闭窗口|【打印】|【关闭】)/,
  /^本站小编/,
  /^扫一扫/,
  // A share widget's hint under the text ("用微信扫描二维码分享至好友和朋友圈"): a page's, never a document's line.
  /^.{0,6}(扫描|扫一扫).{0,4}二维码.{0,4}分享/,
  // Breadcrumbs: ">> 专题专栏 >> 归档专题 >> …", "首页 › 信息公开 › …".
  /^\s*(>>|»|›)/,
  /\S\s*(>>|»|›)\s*\S.*(>>|»|›)/,
  // "• 黑龙江新闻网 >> 龙江新闻": a breadcrumb of one step (the site, then its column), bulleted or not — a
  // document never writes ">>" between two names.
  /^\s*[•·]?\s*[^>。,，；;:：]{2,16}\s*(>>|»)\s*[^>。,，；;:：]{2,16}\s*$/,
  // A site's menu copied as a list ("• 首页", "• 要闻关注", "• 한국어", "• Pусский"): each entry a word or two
  // with no stop, colon or figure. A document's bulleted items are phrases or sentences, and a page's
  // bulleted metadata ("• 文号:…") has its colon.
  /^\s*•\s*[^\s:：,，。；;、0-9]{1,8}$/,
  // "> 资源库栏目 > 政务专题 > 共同富裕": a breadcrumb with single ">" (two at least, short steps between).
  /^\s*>?\s*[^>。,，；;]{1,12}(\s*>\s*[^>。,，；;]{1,12}){2,}\s*$/,
  // A page's download links ("下载阅读版本", "附件下载").
  /^(下载|下载阅读版本|阅读版本|附件下载|文件下载|下载附件|原文下载|PDF下载)$/,
  // A site's banner ("欢迎访问××有限公司官方网站"), simplified or traditional.
  /^(欢迎|歡迎)(访问|訪問|光临|光臨|您|来到|來到)/,
  // Read-aloud widgets, forum buttons, image file names, a law site's "文章属性"/"正文" labels.
  /^(语音播报|语音合成中.*|进入播报模式|退出播报模式|\[复制链接\]|文章属性|正文|全文|内容全文)$/,
  /^[\w.-]+\.(jpe?g|png|gif|bmp|webp)$/i,
  // Links to the page's related items, as labels ("部门解读:", "一图读懂:"), and a download's file name
  // ("府办发6号(关于做好2024年全区民生实事工作的通知).docx"; not an "附件:…" line, which names an attachment).
  /^(部门|政策|相关|专家|媒体|视频|图文|文字)?解读[:：]?$/,
  /^(一图读懂|图解|图说|图片解读)[:：]?$/,
  // "附件1-6.docx" under "相关附件" is the link's file name too: only "附件：…" (with its colon) names one.
  // A page that lists its downloads on one line glues their names ("4.检查情况明细表.doc5.自查检查表.doc…").
  /^(?!附\s*件\s*\d*\s*[:：])(?:\S{1,80}?\.(docx?|pdf|wps|xlsx?|ofd))+$/i,
  // "Power by YOZOSOFT": an online document viewer's credit under the text it shows.
  /^Power(ed)?\s+by\s+[A-Za-z][\w.-]{1,30}$/i,
  // The page's own links under the text: "相关附件" over the files, "收藏" (bookmark) beside 打印本页/关闭窗口; a
  // policy portal's buttons "点赞" / "收藏" / "转发" each on its line under the card (a document never sets a
  // verb alone on a line).
  // A 政府信息公开 page's button "发布" under the article, before the site's footer, is one of them.
  /^(相关附件|附件下载列表|收藏|加入收藏|点赞|转发|发布)[:：]?$/,
  // The site's footer: "主办单位：某市卫生健康委员会    联系方式：020-12320" — who runs the site and how to reach it,
  // two keys on one line (an event notice names its 主办单位 alone on its line).
  /^主办单位[:：]\s*\S{2,40}\s+(联系方式|联系电话|承办单位|网站标识码|技术支持)[:：]/,
  // A Markdown copy's list of the page's downloads: "附件（官方直链）" over "- [b807….pdf](https://…/b807….pdf)" —
  // links to the files, not an attachment's text.
  /^附\s*件\s*[(（][^)）]{0,8}(直链|链接|下载)[)）]$/,
  /^[-*+]\s*\[[^\]]*\]\(https?:\/\/[^)\s]*\)$/,
  // A page's table borders copied as text ("|", "||||…", "| | | |"): no cell holds anything.
  /^\|[\s|]*$/,
  // A page's label for the item it shows ("新闻详情", "文章详情", an OA system's "公文详情", "接访信息详情").
  /^[\u4e00-\u9fff]{0,6}详情$/,
  // A site's column heading over the page ("2023年政务公开主题日活动专栏"): no document's title ends in 专栏.
  /^[^。,，；;:：]{2,40}(专栏|專欄)$/,
  /支持\s*IPv6/i,
  // A screen reader's hint at the top of the text ("正文内容区域请使用tab按钮切换浏览").
  /请使用\s*tab\s*(按钮|键)/i,
  // A template site's "add to desktop" widget and its byline ("栏目:策划方案发布:2019-04-17浏览:3013下载230次收藏").
  /^(电脑桌面|(添加|保存|设为).{0,12}(到|为)(电脑)?桌面|.{0,8}桌面快捷访问)$/,
  /^栏目[:：].{0,20}(发布|浏览)/,
  // "（此页无正文）": set on a 公文's last page when only the 署名 and date are left on it — a layout mark.
  /^\s*[(（]此页无正文[)）]\s*$/,
  // A writing-tool site's advert over the copy ("公文高手,超级方便的公文写作神器! 立即了解"): a line closed by a
  // button's label (立即了解, 免费下载 …) after "!" or a space is the page's; a 公文 never ends a line so.
  /[!！\s](立即|马上|点击|免费)(了解|下载|体验|试用|使用|购买|咨询|领取|开通)(更多)?\s*$/,
  // A document-sharing site's blurb over its preview ("《X.docx》由会员分享,可在线阅读,更多相关《X》请在某文库上
  // 搜索。"): the site's words about the file, never the file's.
  /由(会员|用户|网友)(分享|上传).{0,12}(在线阅读|下载)|请在\S{1,12}上搜索。?$/,
  // A gazette issue's page names the issue above the documents it prints ("某盟行政公署公报2019年1-3期(总第52期)"):
  // the name, not a title of any of them.
  // The tabs of a major decision's page (决策启动 … 执行评估, 决策草案, 草案解读; see decision-page.ts).
  DECISION_TAB,
  /^\S{2,30}公报\s*\d{4}\s*年\s*(第\s*)?\d{1,3}(\s*[-—–~]\s*\d{1,3})?\s*期\s*([(（]总?第?\s*\d{1,4}\s*期[)）])?$/,
];

export function isWebChrome(line: string): boolean {
  // The sharing site's line that quotes its file's name ("《X.docx》由会员分享…") is kept for the head: it names
  // the document's title (sharedFileTitle, read-top.ts).
  if (sharedFileTitle(line)) return false;
  // A table of contents' entries are layout, as a page number is: dropped with the page's chrome.
  return CHROME.some((re) => re.test(line)) || isOaChrome(line) || isContentsEntry(line) || isCrawlRecord(line);
}

// "发布日期:2023-02-07 16:05 文章来源:武汉市江夏区人民政府办公室2023年是…": a page's byline whose source (an
// organ) runs straight into the document's first sentence, no line break between them.
const GLUED_BYLINE = /^((?:发布|发文|成文|更新)?(?:日期|时间)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:文章|信息)?(?:来源|發布機構|发布机构)\s*[:：]\s*[\u4e00-\u9fff()（）]{2,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|中心))(?=\d{4}年|为|根据|按照|现将|经|各)(.{10,})$/;

// "2018年08月16日 来源: 上海普陀区各相关部门:": a byline whose source runs into the notice's 主送 (各…:).
const BYLINE_THEN_RECIPIENTS = /^((?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*(?:信息)?来源\s*[:：]\s*[\u4e00-\u9fff]{2,20}?)(各[^:：。]{2,60}[:：])$/;

// "某区老龄事业发展规划(草案) 草案全文 发布时间:2025-12-09": a page's heading over a document's text, set with
// the tab's label and the byline beside it; the title is the document's, the rest the page's.
const TITLE_THEN_BYLINE = /^(\S.{4,60}?(?:规划|方案|计划|要点|意见|办法|细则|措施|预案)(?:[(（][^()（）]{2,8}[)）])?)\s+(?:[\u4e00-\u9fff]{2,6}\s+)?((?:发布|更新)(?:时间|日期)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$/;

/** A byline glued to the text it stands over, split back into the byline and the text; else the line alone. */
export function splitGluedByline(line: string): string[] {
  const crumbs = splitBreadcrumbOverText(line);
  if (crumbs) return crumbs;
  const g = GLUED_BYLINE.exec(line) ?? BYLINE_THEN_RECIPIENTS.exec(line.trim());
  if (g) return [g[1]!, g[2]!];
  const t = TITLE_THEN_BYLINE.exec(line.trim());
  return t ? [t[1]!, t[2]!] : [line];
}
