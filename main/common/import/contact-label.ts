/**
 * "联系人:曾某" / "联系电话:28687742" / "电子邮箱:…@qq.com" / "联系地址:某市市场监督管理局1705室(…路788号)": a
 * notice that asks for comments or replies closes its text with whom to reach and how, one label a line, before
 * its 附件 list and its 署名. The labels vary by office ("联系地址", "通讯地址", "办公地址"; "邮箱", "电子邮箱",
 * "联系邮箱"; "电话", "联系电话", "咨询电话"), so each is the common word with its usual qualifier.
 */
export const CONTACT_LABEL =
  /^\s*(联\s*系\s*人|(联系|咨询|监督|举报|办公)?\s*电\s*话|(联系|通讯|通信|办公|邮寄)?\s*地\s*[点址]|(电子|联系)?\s*邮\s*箱|传\s*真|邮\s*编|邮政编码)\s*[:：]/;
