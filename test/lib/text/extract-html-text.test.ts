import { describe, expect, test } from 'vitest';
import { extractHtmlText } from '../../../lib/text/extract-html-text';
import { toSourceSpan } from '../../../lib/text/mapped-text';

describe('extractHtmlText', () => {
  test('decodes entities and keeps block structure as lines', () => {
    const html = '<p>张&nbsp;三&amp;李四</p><div>第二段</div>';
    expect(extractHtmlText(html).text).toBe('张 三&李四\n第二段');
  });

  test('skips scripts and styles', () => {
    expect(
      extractHtmlText('<style>p{}</style><p>正文</p><script>var x="13812345678"</script>').text,
    ).toBe('正文');
  });

  test('reads table rows as tab-separated lines', () => {
    expect(
      extractHtmlText(
        '<table><tr><td>姓名</td><td>电话</td></tr><tr><td>甲</td><td>乙</td></tr></table>',
      ).text,
    ).toBe('姓名\t电话\n甲\t乙');
  });

  test('maps text back to its place in the HTML, across tags and entities', () => {
    const html = '<p>电话：<b>138</b>1234&#53;678</p>';
    const mapped = extractHtmlText(html);
    const start = mapped.text.indexOf('138');
    const [s, e] = toSourceSpan(mapped, start, start + 11);
    expect(html.slice(s, e)).toBe('138</b>1234&#53;678');
  });

  test('reads broken markup without throwing', () => {
    expect(extractHtmlText('<p>未闭合<b>加粗<div>块</p></i>尾').text).toBe('未闭合加粗\n块\n尾');
  });
});
