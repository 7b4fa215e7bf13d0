import { describe, expect, test } from 'vitest';
import {
  buildComparisonView,
  escapeHtml,
  NO_DIFFERENCE_TEXT,
  renderComparisonHtml,
  renderComparisonTableFragment,
  renderComparisonTsv,
} from '../../../lib/compare/comparison-html';
import { compareVersions } from '../../../lib/compare/compare-versions';
import type { Comparison } from '../../../lib/compare/schema';

const OLD = [
  '某市停车管理办法',
  '第一条 为了规范停车管理，制定本办法。',
  '第二条 停车收费标准为每平方米每月12元。',
  '第三条 本办法自2022年7月1日起施行。',
].join('\n');

const NEW = [
  '某市停车管理办法',
  '第一条 为了规范停车管理，制定本办法。',
  '第二条 车辆应当按泊位停放。',
  '第三条 停车收费标准为每平方米每月15元。',
  '第四条 本办法自2022年7月1日起施行。',
].join('\n');

function compare(oldText: string, newText: string): Comparison {
  return compareVersions(oldText, newText);
}

describe('renderComparisonHtml', () => {
  test('is a complete UTF-8 page with the three columns and the key facts', () => {
    const html = renderComparisonHtml(compare(OLD, NEW), OLD, NEW, { title: '停车办法对照' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="UTF-8">');
    expect(html).toContain('<title>停车办法对照</title>');
    for (const head of ['修改前', '修改后', '说明']) expect(html).toContain(`>${head}</th>`);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('主要变化');
    expect(html).toContain('<li>');
    expect(html).toContain('增加一条');
    expect(html).toContain('“12元”修改为“15元”');
  });

  test('marks deletions and insertions inside the cells', () => {
    const html = renderComparisonHtml(compare(OLD, NEW), OLD, NEW);
    expect(html).toContain('<del>12元</del>');
    expect(html).toContain('<ins>15元</ins>');
    // An added article is inserted as a whole.
    expect(html).toContain('<ins>第二条 车辆应当按泊位停放。</ins>');
  });

  test('falls back to marking the whole unit when phrases cannot be placed', () => {
    const comparison = compare(OLD, NEW);
    const modified = comparison.changes.find((c) => c.type === 'modified')!;
    modified.phrases = [{ op: 'delete', text: '不存在的文字' }];
    const view = buildComparisonView(comparison, OLD, NEW);
    const row = view.rows.find((r) => r.type === 'modified')!;
    expect(row.old).toEqual([{ text: '第二条 停车收费标准为每平方米每月12元。', mark: 'del' }]);
    expect(row.new).toEqual([{ text: '第三条 停车收费标准为每平方米每月15元。', mark: 'ins' }]);
  });

  test('escapes all text', () => {
    const oldText = '第一条 标准为<b>12元</b> & 附加费。\n第二条 其他。';
    const newText = '第一条 标准为<script>alert(1)</script>15元 & 附加费。\n第二条 其他。';
    const comparison = compare(oldText, newText);
    const html = renderComparisonHtml(comparison, oldText, newText, {
      title: '<script>x</script> & 标题',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp; 附加费');
    expect(html).toContain('<title>&lt;script&gt;x&lt;/script&gt; &amp; 标题</title>');
    const fragment = renderComparisonTableFragment(comparison, oldText, newText);
    expect(fragment).not.toContain('<script>');
    expect(fragment).toContain('&amp;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  test('the substantive filter hides renumbered-only articles', () => {
    const comparison = compare(OLD, NEW);
    const renumbered = comparison.changes.filter((c) => c.type === 'renumbered');
    expect(renumbered.length).toBeGreaterThan(0);
    const all = buildComparisonView(comparison, OLD, NEW);
    const substantive = buildComparisonView(comparison, OLD, NEW, { substantiveOnly: true });
    expect(all.rows.some((r) => r.type === 'renumbered')).toBe(true);
    expect(substantive.rows.every((r) => r.substantive)).toBe(true);
    expect(substantive.rows.length).toBe(all.substantive);
    expect(substantive.total).toBe(all.total);
    const html = renderComparisonHtml(comparison, OLD, NEW, { substantiveOnly: true });
    expect(html).not.toContain('条文未修改');
    expect(renderComparisonHtml(comparison, OLD, NEW)).toContain('条文未修改');
  });

  test('an empty comparison renders a "两个版本没有差异" row', () => {
    const comparison = compare(OLD, OLD);
    expect(comparison.changes).toEqual([]);
    const html = renderComparisonHtml(comparison, OLD, OLD);
    expect(html).toContain(`<td colspan="3">${NO_DIFFERENCE_TEXT}</td>`);
    expect(html).not.toContain('主要变化');
    const fragment = renderComparisonTableFragment(comparison, OLD, OLD);
    expect(fragment).toContain(NO_DIFFERENCE_TEXT);
    expect(renderComparisonTsv(comparison, OLD, OLD)).toBe(
      `修改前\t修改后\t说明\n\t\t${NO_DIFFERENCE_TEXT}`,
    );
  });

  test('the notice about wholesale units appears when the comparison was aborted', () => {
    const comparison = { ...compare(OLD, NEW), aborted: true };
    expect(renderComparisonHtml(comparison, OLD, NEW)).toContain('按整段替换');
  });
});

describe('renderComparisonTableFragment', () => {
  test('is only a table with inline collapsed 1px borders, for Word and WPS', () => {
    const fragment = renderComparisonTableFragment(compare(OLD, NEW), OLD, NEW);
    expect(fragment).toMatch(/^<table[^>]*style="[^"]*border-collapse:collapse/);
    expect(fragment).toMatch(/<\/table>$/);
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('border:1px solid #000');
    expect(fragment).toMatch(/<del style="[^"]+">12元<\/del>/);
    expect(fragment).toMatch(/<ins style="[^"]+">15元<\/ins>/);
  });

  test('keeps line breaks of multi-paragraph articles as <br>', () => {
    const oldText = '第一条 甲。\n乙应当办理。';
    const newText = '第一条 甲。\n乙可以办理。';
    const fragment = renderComparisonTableFragment(compare(oldText, newText), oldText, newText);
    expect(fragment).toContain('甲。<br>乙');
  });
});

describe('renderComparisonTsv', () => {
  test('gives one tab-separated line per row', () => {
    const tsv = renderComparisonTsv(compare(OLD, NEW), OLD, NEW, { substantiveOnly: true });
    const lines = tsv.split('\n');
    expect(lines[0]).toBe('修改前\t修改后\t说明');
    expect(lines.every((l) => l.split('\t').length === 3)).toBe(true);
    expect(tsv).toContain('12元');
  });
});
