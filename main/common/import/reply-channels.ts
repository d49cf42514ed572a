import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import { pointsAfterIntro } from './points-after-intro';

/**
 * "意见反馈渠道如下：" / "公众可通过以下途径和方式提出意见：": the sentence of a request for comments (征求意见) or a
 * call for proposals (征集) that lists how to reply. The numbered lines it introduces ("1.通讯地址：…", "2.电子
 * 邮箱：…", "3.电话：…") are the request's own instructions to the public, never tasks of a plan.
 */
export const REPLY_INTRO = /(反馈|提交|报送|寄送|联系)(渠道|方式|途径)[^。]{0,10}[:：]$|(以下|如下)(渠道|方式|途径)[^。]{0,12}(意见|建议|反馈)[^。]{0,6}[:：]$/;

/** The reply channels a request for comments lists are not measures (see REPLY_INTRO); reported as a guess. */
export function replyChannelsNotMeasures(preamble: Body, sections: readonly Section[], guesses: HeadGuess[]): void {
  const n = pointsAfterIntro(preamble, sections, { intro: (t) => REPLY_INTRO.test(t), isPoint: () => true, endsAtOther: false });
  if (n) guesses.push({ what: `${n} 个编号条目是征求意见的反馈渠道（地址、邮箱、电话等），不作措施`, confidence: 0.7 });
}
