/*
 * 仿百度 UEditor 的最小实现，只为还原它的页面结构：
 *   <div id="edui1" class="edui-editor"> 工具栏 + <div class="edui-editor-iframeholder">
 *     <iframe id="ueditor_0" src="javascript:void(function(){document.open();document.write(…);document.close();}())">
 *   正文是 iframe 里 contenteditable 的 <body class="view">。
 * API（与 UEditor 同名）：UE.getEditor(id)、ready(fn)、getContent()、getContentTxt()、
 * getPlainTxt()、setContent(html)、execCommand(name)、focus()、sync()。
 */
(function () {
  'use strict';

  const DOCUMENT_HTML =
    '<!DOCTYPE html><html><head><style>body{font:16px sans-serif}</style></head>' +
    '<body class="view" contenteditable="true" spellcheck="false"><p><br></p></body></html>';
  const IFRAME_SRC =
    "javascript:void(function(){document.open();document.write('" +
    DOCUMENT_HTML +
    "');document.close();}())";

  const TOOLBAR = [
    ['undo', '撤销', '↶'],
    ['redo', '重做', '↷'],
    ['bold', '加粗', 'B'],
    ['italic', '斜体', 'I'],
    ['underline', '下划线', 'U'],
    ['removeformat', '清除格式', '⌫'],
    ['insertorderedlist', '有序列表', '1.'],
    ['insertunorderedlist', '无序列表', '•'],
    ['justifyleft', '居左对齐', '左'],
    ['justifycenter', '居中对齐', '中'],
  ];

  const instances = {};
  let counter = 0;

  class Editor {
    constructor(id) {
      const holder = document.getElementById(id);
      if (!holder) throw new Error('UE.getEditor: 找不到 #' + id);
      const index = counter++;
      this.key = id;
      this.isReady = false;
      this.readyCallbacks = [];

      const container = document.createElement('div');
      container.id = 'edui' + (index + 1);
      container.className = 'edui-editor edui-default';
      const toolbar = document.createElement('div');
      toolbar.className = 'edui-editor-toolbarbox';
      for (const [command, title, text] of TOOLBAR) {
        const button = document.createElement('button');
        button.type = 'button';
        button.title = title;
        button.textContent = text;
        button.addEventListener('mousedown', (event) => event.preventDefault());
        button.addEventListener('click', () => this.execCommand(command));
        toolbar.append(button);
      }
      const iframeHolder = document.createElement('div');
      iframeHolder.id = container.id + '_iframeholder';
      iframeHolder.className = 'edui-editor-iframeholder';
      const bottom = document.createElement('div');
      bottom.className = 'edui-editor-bottomContainer';
      bottom.textContent = '元素路径: body > p';
      container.append(toolbar, iframeHolder, bottom);

      // UEditor keeps the content in a hidden textarea named editorValue for form posts.
      this.textarea = document.createElement('textarea');
      this.textarea.name = holder.getAttribute('name') || 'editorValue';
      this.textarea.hidden = true;
      container.append(this.textarea);
      // Like UEditor, the placeholder (<script id="editor" type="text/plain">) becomes a <div>
      // with the same id around the editor.
      const wrapper = document.createElement('div');
      wrapper.id = id;
      wrapper.className = 'edui-default';
      wrapper.append(container);
      holder.replaceWith(wrapper);

      const iframe = document.createElement('iframe');
      iframe.id = 'ueditor_' + index;
      iframe.setAttribute('frameborder', '0');
      iframe.setAttribute('width', '100%');
      iframe.src = IFRAME_SRC;
      iframeHolder.append(iframe);
      this.iframe = iframe;
      this.container = container;
      this.waitForDocument();
    }

    waitForDocument() {
      const doc = this.iframe.contentDocument;
      const body = doc && doc.body;
      if (body && body.classList.contains('view')) {
        this.document = doc;
        this.window = this.iframe.contentWindow;
        this.body = body;
        this.isReady = true;
        for (const callback of this.readyCallbacks.splice(0)) callback.call(this);
        return;
      }
      setTimeout(() => this.waitForDocument(), 10);
    }

    ready(callback) {
      if (this.isReady) callback.call(this);
      else this.readyCallbacks.push(callback);
    }

    getContent() {
      return this.body ? this.body.innerHTML : '';
    }

    setContent(html) {
      if (this.body) this.body.innerHTML = html;
    }

    getContentTxt() {
      return this.body ? this.body.textContent : '';
    }

    getPlainTxt() {
      return this.body ? this.body.innerText : '';
    }

    execCommand(command) {
      if (!this.document) return;
      this.body.focus();
      this.document.execCommand(command, false);
    }

    focus() {
      if (this.body) this.body.focus();
    }

    sync() {
      this.textarea.value = this.getContent();
    }
  }

  window.UE = {
    version: '1.4.3-lite',
    instants: instances,
    getEditor(id) {
      if (!instances[id]) instances[id] = new Editor(id);
      return instances[id];
    },
  };
})();
