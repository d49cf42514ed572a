import { describe, expect, it } from 'vitest';
import { cleanPasteText, plainTextBlocks } from '../../../renderer/src/editor/commands/clean-paste-text';

describe('cleanPasteText strips typed numbering and source line breaks', () => {
  const cases: Array<[string, string]> = [
    ['一、指导思想', '指导思想'],
    ['（一）加强组织领导。', '加强组织领导。'],
    ['(二) 强化保障', '强化保障'],
    ['1.产品质量。', '产品质量。'],
    ['12、服务质量', '服务质量'],
    ['（3）环境质量', '环境质量'],
    ['①计量', '计量'],
    ['• 要点', '要点'],
    ['\u3000\u3000为深入实施\r\n质量强国战略', '为深入实施质量强国战略'],
    ['1.5倍以上', '1.5倍以上'],
    ['2026年底前完成', '2026年底前完成'],
    ['一般性要求', '一般性要求'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => expect(cleanPasteText(input)).toBe(expected));

  it('plain text: one block per line, empty lines dropped', () => {
    expect(plainTextBlocks('1.甲\r\n\r\n2.乙\n')).toEqual(['甲', '乙']);
  });
});
