/**
 * "某县领导小组办公室(代)", "某县发展和改革局（代章）": a 署名 whose seal another organ lends (a leading group's
 * office without a seal of its own signs "代" after its name). The mark belongs to the 署名 as written, but the
 * line is matched as an organ without it.
 */
export function withoutProxyMark(m: string): string {
  return m.replace(/(?<=[\u4e00-\u9fff])\((?:代|代章|代印|代发)\)$/, '');
}
