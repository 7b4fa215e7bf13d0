/*
 * 演示“信息发布系统”的公共脚本（经典脚本，无构建步骤）。
 *
 * 每个表单页先调用 CMS.createDemo('<编辑器名>')，得到 window.__demo：
 *   { editor, ready, published, drafts, lastPublished, getText(), getHtml(), undo() }
 * 编辑器初始化完成后，页面填上 getText/getHtml/undo 并把 ready 设为 true。
 * 发布按钮调用 CMS.publish()（CMS 自己的处理函数）：published 加一，状态栏显示「已发布」。
 */
(function () {
  'use strict';

  // 嵌在框架里（后台框架页、跨源页）时隐藏页头页脚。
  let embedded = false;
  try {
    embedded = window.top !== window;
  } catch {
    embedded = true;
  }
  if (embedded) document.documentElement.classList.add('embedded');

  function createDemo(editor) {
    const demo = {
      editor,
      ready: false,
      published: 0,
      drafts: 0,
      /** @type {null | { title: string, text: string, at: string }} */
      lastPublished: null,
      getText: () => '',
      getHtml: () => '',
      undo: () => {},
    };
    window.__demo = demo;
    return demo;
  }

  function fieldValue(id) {
    const element = document.getElementById(id);
    return element && 'value' in element ? String(element.value) : '';
  }

  function showStatus(text, kind) {
    const status = document.getElementById('status');
    if (!status) return;
    status.textContent = text;
    status.className = 'status ' + kind;
  }

  function safeText(demo) {
    try {
      return demo.getText();
    } catch {
      return '';
    }
  }

  /** CMS 的发布处理函数。 */
  function publish() {
    const demo = window.__demo;
    if (!demo) return;
    demo.published += 1;
    demo.lastPublished = {
      title: fieldValue('title'),
      text: safeText(demo),
      at: new Date().toISOString(),
    };
    showStatus('已发布', 'ok');
  }

  /** 保存草稿（不发布）。 */
  function saveDraft() {
    const demo = window.__demo;
    if (!demo) return;
    demo.drafts += 1;
    showStatus('草稿已保存', 'draft');
  }

  const BLOCKS = new Set(
    (
      'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
      'FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TFOOT THEAD TR UL'
    ).split(' '),
  );
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

  function hasContent(node) {
    if (node.nodeType === Node.TEXT_NODE) return /[^ \t\n\r\f]/.test(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    return !SKIP.has(node.tagName);
  }

  /** A <br> that only ends its block does not start a new line (as in rendering). */
  function endsItsBlock(br) {
    let node = br;
    while (node.parentNode && !BLOCKS.has(node.nodeName) && node.nodeName !== 'BODY') {
      for (let next = node.nextSibling; next; next = next.nextSibling) {
        if (hasContent(next)) return false;
      }
      node = node.parentNode;
    }
    return true;
  }

  /**
   * 把编辑器 API 返回的 HTML 转成纯文本：块级元素之间一个换行，<br> 一个换行，
   * 只有 <br> 的空段落算一个空行；源码里的空白按 HTML 规则折叠（不折叠 &nbsp;）。
   */
  function htmlToText(html) {
    const doc = new DOMParser().parseFromString(String(html), 'text/html');
    let out = '';
    const atLineStart = () => out === '' || out.endsWith('\n');
    const newline = () => {
      if (!atLineStart()) out += '\n';
    };
    const walk = (parent, pre) => {
      for (const node of Array.from(parent.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) {
          let text = node.data;
          if (!pre) {
            text = text.replace(/[ \t\n\r\f]+/g, ' ');
            if (atLineStart()) text = text.replace(/^ /, '');
          }
          out += text;
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const tag = node.tagName;
          if (SKIP.has(tag)) continue;
          if (tag === 'BR') {
            if (!endsItsBlock(node) || atLineStart()) out += '\n';
          } else if (BLOCKS.has(tag)) {
            newline();
            walk(node, pre || tag === 'PRE');
            newline();
          } else if (tag === 'TD' || tag === 'TH') {
            if (node.previousElementSibling) out += '\t';
            walk(node, pre);
          } else if (tag === 'IMG') {
            out += node.getAttribute('alt') || '';
          } else {
            walk(node, pre);
          }
        }
      }
    };
    walk(doc.body, false);
    return out.replace(/ +$/gm, '').replace(/\n+$/, '');
  }

  window.CMS = { createDemo, publish, saveDraft, htmlToText, embedded };
})();
