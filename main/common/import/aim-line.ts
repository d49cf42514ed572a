import { TargetsReader } from './targets-reader';

/**
 * "三、工作目标" over "(一)住宅小区城管类违法行为投诉万人比总量降低。" / "(二)…执法实效提升，违法行为明显下降。": a 目标
 * part's numbered line written as a sentence — closed by its full stop — states one aim, figure or not (the
 * corpus reads a 工作目标 part's numbered aims as its targets, as round 28 did). A group heading set on its own line
 * carries no closing stop, or names a kind of target ("(一)总体目标。", "(二)经济发展指标。"): those stay headings.
 */
export function isAimLine(m: string): boolean {
  if (!/[。.]$/.test(m)) return false;
  const text = m.replace(/[。.]$/, '').replace(/\s/g, '');
  if (text.length < 6 || /(目标|指标|任务)$/.test(text)) return false;
  return !TargetsReader.isTitle(text);
}
