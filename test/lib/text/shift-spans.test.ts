import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findEdit, shiftSpans, type Span } from '../../../lib/text/shift-spans';

/** The span of the first occurrence of `part` in `text`. */
function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
}

describe('shiftSpans', () => {
  const OLD = '病例张某，身份证号码110101199003071234，住址朝阳区。';
  const ID = spanOf(OLD, '110101199003071234');
  const moved = (by: number): Span => ({ start: ID.start + by, end: ID.end + by });

  test.each([
    ['keeps a span when typing after it', OLD.replace('住址', '现住址'), ID],
    ['shifts a span when typing before it', OLD.replace('病例', '确诊病例'), moved(2)],
    ['shifts a span back when text before it is deleted', OLD.replace('病例', ''), moved(-2)],
    ['shifts a span when text before it is replaced', OLD.replace('张某', '李四五'), moved(1)],
    ['shifts a span when typing exactly at its start', OLD.replace('码1101', '码：1101'), moved(1)],
    ['keeps a span when typing exactly at its end', OLD.replace('1234，', '1234（已核实），'), ID],
    ['keeps a span when a deletion starts right after it', OLD.replace('，住址朝阳区', ''), ID],
    [
      'shifts a span when a deletion ends right before it',
      OLD.replace('身份证号码', ''),
      moved(-5),
    ],
  ])('%s', (_name, newText, expected) => {
    const [shifted] = shiftSpans(OLD, newText, [ID]);
    expect(shifted).toEqual(expected);
    expect(newText.slice(shifted!.start, shifted!.end)).toBe('110101199003071234');
  });

  test.each([
    ['typing inside it', OLD.replace('19900307', '19900308')],
    ['masking it', OLD.replace('199003071234', '************')],
    ['deleting its first digit and the text before it', OLD.replace('号码1', '')],
    ['deleting its last digit and the text after it', OLD.replace('4，住址', '')],
    ['replacing the whole text', '全部重写'],
    ['clearing the text', ''],
  ])('drops a span when the edit touches it: %s', (_name, newText) => {
    expect(shiftSpans(OLD, newText, [ID])).toEqual([]);
  });

  test('moves only the spans an edit does not touch, in their order', () => {
    const oldText = '张三、李四、王五';
    const spans = ['张三', '李四', '王五'].map((name) => ({ ...spanOf(oldText, name), name }));
    const newText = '张三、李小四、王五';
    const shifted = shiftSpans(oldText, newText, spans);
    expect(shifted.map((s) => s.name)).toEqual(['张三', '王五']);
    expect(shifted.map((s) => newText.slice(s.start, s.end))).toEqual(['张三', '王五']);
  });

  test('keeps the other properties of each span and returns new objects', () => {
    const finding = { ...ID, ruleId: 'id-number', severity: 'block' as const };
    const input = [finding];
    const [shifted] = shiftSpans(OLD, `新增：${OLD}`, input);
    expect(shifted).toEqual({
      start: ID.start + 3,
      end: ID.end + 3,
      ruleId: 'id-number',
      severity: 'block',
    });
    expect(shifted).not.toBe(finding);
    expect(finding).toEqual({ ...ID, ruleId: 'id-number', severity: 'block' });
  });

  test('returns copies of every span when the text did not change', () => {
    const spans = [ID, { start: 0, end: 0 }, { start: OLD.length, end: OLD.length }];
    const shifted = shiftSpans(OLD, OLD, spans);
    expect(shifted).toEqual(spans);
    expect(shifted[0]).not.toBe(spans[0]);
  });

  test('moves an empty span at an insertion point along with the text after it', () => {
    expect(shiftSpans('ab', 'aXb', [{ start: 1, end: 1 }])).toEqual([{ start: 2, end: 2 }]);
    expect(shiftSpans('ab', 'b', [{ start: 1, end: 1 }])).toEqual([{ start: 0, end: 0 }]);
  });

  test('drops spans that do not fit the old text', () => {
    const spans = [
      { start: -1, end: 2 },
      { start: 3, end: 2 },
      { start: 0, end: OLD.length + 1 },
      { start: 0.5, end: 2 },
      { start: Number.NaN, end: 2 },
      { start: 0, end: 2 },
    ];
    expect(shiftSpans(OLD, `${OLD}。`, spans)).toEqual([{ start: 0, end: 2 }]);
  });

  test('keeps a highlighted supplementary character when one sharing its high surrogate is typed before it', () => {
    // 𠮶 U+20BB6 and 𠮷 U+20BB7 are both \ud842 + a low surrogate.
    const oldText = '姓名：𠮷野';
    const newText = '姓名：𠮶𠮷野';
    const [shifted] = shiftSpans(oldText, newText, [spanOf(oldText, '𠮷野')]);
    expect(shifted).toBeDefined();
    expect(newText.slice(shifted!.start, shifted!.end)).toBe('𠮷野');
  });

  test('keeps a highlighted emoji when the emoji before it is deleted', () => {
    const oldText = '😀😁';
    const [shifted] = shiftSpans(oldText, '😁', [{ start: 2, end: 4 }]);
    expect(shifted).toEqual({ start: 0, end: 2 });
  });

  test('keeps a span that ends right before an edit inside a repeated run of characters', () => {
    const oldText = '一一一二';
    const newText = '一一一一二';
    const [shifted] = shiftSpans(oldText, newText, [{ start: 0, end: 3 }]);
    expect(newText.slice(shifted!.start, shifted!.end)).toBe('一一一');
  });

  test('handles a 1M-character draft with ten thousand spans', () => {
    const line = '第十条　申请人张某（身份证号码略）应当于次日前补正材料。\n';
    const oldText = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
    const spans = Array.from({ length: 10_000 }, (_, i) => ({ start: i * 100, end: i * 100 + 5 }));
    const at = 500_002;
    const newText = `${oldText.slice(0, at)}王五${oldText.slice(at + 1)}`;
    const shifted = shiftSpans(oldText, newText, spans);
    // The span [500000, 500005) holds the replaced character; every other span survives.
    expect(shifted).toHaveLength(9_999);
    expect(shifted[4_999]).toEqual({ start: 499_900, end: 499_905 });
    expect(shifted[5_000]).toEqual({ start: 500_101, end: 500_106 });
    expect(shifted.at(-1)).toEqual({ start: 999_901, end: 999_906 });
  });

  /** Small alphabets make long common prefixes and suffixes; the emoji and 𠮷 are surrogate pairs. */
  const CHARACTERS = ['a', 'b', '号', '某', '😀', '😁', '𠮷', '𠮶'];
  const chars = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 30 });
  const unitLength = (characters: readonly string[]) => characters.join('').length;

  test('a kept span covers the same text after any single edit', () => {
    fc.assert(
      fc.property(
        chars,
        fc.nat(),
        fc.nat({ max: 10 }),
        chars,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        (oldChars, rawAt, rawRemove, inserted, rawSpans) => {
          const at = rawAt % (oldChars.length + 1);
          const remove = Math.min(rawRemove, oldChars.length - at);
          const newChars = [...oldChars.slice(0, at), ...inserted, ...oldChars.slice(at + remove)];
          const oldText = oldChars.join('');
          const newText = newChars.join('');
          // Spans on character boundaries, as findings are.
          const spans = rawSpans.map(([a, b], id) => {
            const [from, to] = [a % (oldChars.length + 1), b % (oldChars.length + 1)].sort(
              (x, y) => x - y,
            );
            return {
              start: unitLength(oldChars.slice(0, from)),
              end: unitLength(oldChars.slice(0, to)),
              id,
            };
          });
          const editStart = unitLength(oldChars.slice(0, at));
          const shifted = shiftSpans(oldText, newText, spans);
          for (const span of shifted) {
            const original = spans[span.id]!;
            expect(newText.slice(span.start, span.end)).toBe(
              oldText.slice(original.start, original.end),
            );
            expect(span.start).toBeLessThanOrEqual(span.end);
            expect(span.end).toBeLessThanOrEqual(newText.length);
          }
          // What lies wholly before the edit is never dropped or moved (an empty span at the
          // edit point is not before it: it moves with the text after it).
          for (const span of spans.filter((s) => s.start < editStart && s.end <= editStart)) {
            expect(shifted).toContainEqual(span);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('findEdit', () => {
  test.each([
    [
      'an insertion after a repeated run, not inside it',
      'aa',
      'aaa',
      { start: 2, oldEnd: 2, newEnd: 3 },
    ],
    [
      'a deletion whose suffix does not overlap the prefix',
      'abab',
      'ab',
      { start: 2, oldEnd: 4, newEnd: 2 },
    ],
    ['no edit for equal texts', '公开', '公开', { start: 2, oldEnd: 2, newEnd: 2 }],
    [
      'a whole emoji when only its low surrogate differs',
      'a😀b',
      'a😁b',
      { start: 1, oldEnd: 3, newEnd: 3 },
    ],
    [
      'a whole emoji when only its high surrogate differs',
      '\ud83d\ude00',
      '\ud83c\ude00',
      { start: 0, oldEnd: 2, newEnd: 2 },
    ],
    [
      'an edit next to a lone surrogate without moving past it',
      'x\ud83dy',
      'x\ud83dz',
      { start: 2, oldEnd: 3, newEnd: 3 },
    ],
  ])('finds %s', (_name, oldText, newText, expected) => {
    expect(findEdit(oldText, newText)).toEqual(expected);
  });
});
