import { describe, expect, test } from 'vitest';
import { foldWidth } from '../../../lib/structure/fold-width';
import { matchUnitMarker } from '../../../lib/structure/unit-marker';

function match(line: string) {
  const marker = matchUnitMarker(line, foldWidth(line), 0, line.length);
  return (
    marker && [
      marker.kind,
      marker.label,
      marker.ordinal,
      line.slice(marker.markerEnd, marker.headingEnd).trim(),
    ]
  );
}

describe('matchUnitMarker', () => {
  test.each([
    ['第一编 总则', ['part', '第一编', 1, '总则']],
    ['第二部分 重点任务', ['part', '第二部分', 2, '重点任务']],
    ['第一章\u3000总\u3000\u3000则', ['chapter', '第一章', 1, '总\u3000\u3000则']],
    ['第三节 专项规划', ['section', '第三节', 3, '专项规划']],
    ['第十二条\u3000本办法自发布之日起施行。', ['article', '第十二条', 12, '']],
    ['第一百零五条 附则。', ['article', '第一百零五条', 105, '']],
    ['第1条 为了规范管理，制定本办法。', ['article', '第1条', 1, '']],
    ['第５条 适用范围。', ['article', '第５条', 5, '']],
    ['第五条为了规范管理，制定本办法。', ['article', '第五条', 5, '']],
    ['第五条', ['article', '第五条', 5, '']],
    ['第五条【适用范围】本办法适用于全市。', ['article', '第五条', 5, '【适用范围】']],
    ['一、总体要求', ['chinese-comma', '一、', 1, '总体要求']],
    ['十一、加强组织领导。各单位要…', ['chinese-comma', '十一、', 11, '加强组织领导']],
    ['（三）强化监督。', ['chinese-paren', '（三）', 3, '']],
    ['(十二)其他事项', ['chinese-paren', '(十二)', 12, '']],
    ['1．核实对象。', ['arabic', '1．', 1, '']],
    ['12、公示名单', ['arabic', '12、', 12, '']],
    ['３．公示名单', ['arabic', '３．', 3, '']],
    ['⒉公示名单', ['arabic', '⒉', 2, '']],
    ['（1）公开收费项目', ['arabic-paren', '（1）', 1, '']],
    ['(2)公开收费标准', ['arabic-paren', '(2)', 2, '']],
    ['3)公开收费标准', ['arabic-paren', '3)', 3, '']],
    ['④公开收费标准', ['arabic-paren', '④', 4, '']],
    ['⑶公开收费标准', ['arabic-paren', '⑶', 3, '']],
  ])('reads %s as a marker', (line, expected) => {
    expect(match(line)).toEqual(expected);
  });

  test.each([
    ['依照本办法第五条规定执行。'],
    ['第五条规定的程序，包括书面检查。'],
    ['第五条第二款所称的情形'],
    ['第五条、第六条的规定'],
    ['第一章总则，明确了制定目的和适用范围。'],
    ['第三条明确了主管职责。'],
    ['1.5亿元用于补贴'],
    ['2022.5.19'],
    ['一是突出统筹管理。'],
    ['两、不是编号'],
    ['（此件公开发布）'],
    ['本办法'],
  ])('does not read %s as a marker', (line) => {
    expect(match(line)).toBeNull();
  });
});
