/**
 * "计算机与通信工程学院（电子信息工程学院）", "县政府办公室（县外事办）": an organ that signs with its other
 * name in brackets (two names of one office, or a college that is also a second college). The name is
 * matched as an organ without that bracket; a line that is only a bracket ("（此件公开发布）") keeps it.
 */
export function withoutOtherName(m: string): string {
  return m.replace(/(?<=[\u4e00-\u9fff])\([^()]{2,20}\)$/, '');
}
