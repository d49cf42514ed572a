/**
 * "2025年和“十四五”工作回顾" / "过去五年工作回顾": a 政府工作报告 (and a plan handing one down) opens with an
 * unnumbered heading over the year's results, then numbered parts ("一、经济运行量质齐升…") whose run-in
 * paragraphs state what was done — findings, not tasks — until the next unnumbered heading ("2026年工作安排").
 * Only a short line, no sentence, ending in 回顾.
 */
export function isReviewHeading(m: string): boolean {
  return /^[^。,;:!?]{2,30}回顾$/.test(m.trim());
}

/** A short unnumbered line with no sentence in it: a heading that may open or close a review. */
export function isBareHeading(m: string): boolean {
  const t = m.trim();
  return t.length >= 2 && t.length <= 30 && !/[。,;:!?]/.test(t);
}
