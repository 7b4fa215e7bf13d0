import { describe, expect, test } from 'vitest';
import { DEFAULT_MANUAL_ITEMS, parseManualItems } from '../../../lib/checklist/checklist-items';

describe('parseManualItems', () => {
  test('nothing stored gives the default items', () => {
    expect(parseManualItems(undefined).items).toEqual(DEFAULT_MANUAL_ITEMS);
  });
  test('invalid and duplicate items are reported and skipped, the rest kept', () => {
    const { items, errors } = parseManualItems([
      { id: 'a', group: 'disclosure', label: '公开方式适当' },
      { id: 'a', group: 'disclosure', label: '重复' },
      { id: 'B C', group: 'disclosure', label: '坏编号' },
      { id: 'c', group: 'nowhere', label: '坏分组' },
      { id: 'd', group: 'confidentiality', label: '  ' },
    ]);
    expect(items).toEqual([{ id: 'a', group: 'disclosure', label: '公开方式适当' }]);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('第 2 项编号重复');
  });
  test('a stored value that is not a list falls back to the defaults, with an error', () => {
    const { items, errors } = parseManualItems('oops');
    expect(items).toEqual(DEFAULT_MANUAL_ITEMS);
    expect(errors).toHaveLength(1);
  });
  test('default item ids are unique', () => {
    const ids = DEFAULT_MANUAL_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
