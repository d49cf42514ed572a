import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import { fold } from './line';
import { pointsAfterIntro } from './points-after-intro';

/** "减量化实施范围为街道建设用地…突出重点减量化对象。": a sentence naming what the plan covers or acts on. */
const SCOPE_SENTENCE = /(范围|对象)(为|是|包括|主要有|如下)|重点[^。]{0,8}对象|(范围|对象)[。:：]?$/;

/** A class of things named before a colon ("工矿仓储用地：", "其他建设用地：", "重点企业："). */
const CLASS_LABEL = /^[^。,;:：]{2,12}[:：]/;

/** A clause naming things, not work: it ends in the thing named (企业, 用地, 设施 …) or in a 的 phrase. */
const THING = /(的|企业|用地|土地|设施|场所|项目|单位|区域|房屋|建筑|厂房|车辆|人员|站点)(等)?$/;

/** A clause opening with a verb of work is a task's, whatever it ends in. */
const WORK_VERB = /^(开展|加强|推进|落实|建立|完善|实施|组织|做好|严格|加大|强化|全面|深入|督促|排查|整治|清理|确保|推动|加快|制定|依法)/;

/**
 * "1、工矿仓储用地：列入区经委产业结构调整目录的企业;存在违法用地、违章建筑的企业;…" under "…实施范围为街道建设
 * 用地…突出重点减量化对象。": the classes of things a plan covers, each named and listed by the things in it
 * (clauses set apart by ; that each name a thing, none a piece of work), are its scope, never tasks — as a 范围
 * part is. Only items right after a sentence naming the scope or the objects, with no units of their own.
 */
function isScopeClass(text: string): boolean {
  const m = fold(text).trim();
  const label = CLASS_LABEL.exec(m.replace(/^\d{1,2}[、.]\s*/, ''));
  if (!label) return false;
  const clauses = m.replace(/^\d{1,2}[、.]\s*/, '').slice(label[0].length).replace(/[。]$/, '').split(/[;；]/).map((c) => c.trim()).filter(Boolean);
  return clauses.length >= 2 && clauses.every((c) => THING.test(c) && !WORK_VERB.test(c));
}

/** The classes of things a plan's scope lists are not measures (see isScopeClass); reported as a guess. */
export function scopeObjectsNotMeasures(preamble: Body, sections: readonly Section[], guesses: HeadGuess[]): void {
  const n = pointsAfterIntro(preamble, sections, {
    intro: (t) => SCOPE_SENTENCE.test(t),
    isPoint: (b) => isScopeClass(b.children.map((c) => c.text).join('')),
    endsAtOther: true,
  });
  if (n) guesses.push({ what: `${n} 个编号条目列举的是实施范围内的对象类别，不作措施`, confidence: 0.65 });
}
