/**
 * Styles of the in-page UI. They live in closed shadow roots; `:host` rules are `!important`
 * because, for important declarations, a shadow tree's own styles beat the page's, so a page
 * stylesheet aimed at our element (`disclosure-review { display: none !important }`) loses.
 */
export const HOST_STYLE = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  right: 16px !important;
  bottom: 16px !important;
  left: auto !important;
  top: auto !important;
  z-index: 2147483646 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  pointer-events: auto !important;
  width: auto !important;
  height: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  clip-path: none !important;
  filter: none !important;
}
* { box-sizing: border-box; }
.root { font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; color: #1f2328; }
button { font: inherit; cursor: pointer; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.badge {
  display: flex; align-items: center; gap: 8px; margin-left: auto;
  padding: 6px 12px; border-radius: 18px; border: 1px solid #c9ced6;
  background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.18); color: #1f2328;
}
.badge .dot { width: 10px; height: 10px; border-radius: 50%; background: #1e8e3e; }
.badge[data-status=warn] .dot { background: #e37400; }
.badge[data-status=block] .dot { background: #d93025; }
.badge[data-status=pending] .dot { background: #9aa0a6; }
.count-block { color: #b3261e; font-weight: 600; }
.count-warn { color: #a15c00; font-weight: 600; }
.panel {
  position: absolute; right: 0; bottom: 44px; width: min(420px, calc(100vw - 32px));
  max-height: min(70vh, 560px); display: flex; flex-direction: column;
  background: #fff; border: 1px solid #c9ced6; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.22);
}
.panel[hidden] { display: none; }
.panel header { padding: 10px 12px; border-bottom: 1px solid #e3e6ea; display: flex; align-items: baseline; gap: 8px; }
.panel header h2 { font-size: 15px; margin: 0; }
.panel header .close { margin-left: auto; border: none; background: none; font-size: 18px; line-height: 1; color: #5f6368; }
.list { list-style: none; margin: 0; padding: 4px 0; overflow: auto; }
.empty { padding: 16px 12px; color: #5f6368; }
.item { display: flex; gap: 8px; align-items: flex-start; padding: 6px 12px; border-bottom: 1px solid #f1f3f4; }
.item .main { flex: 1; text-align: left; border: none; background: none; padding: 2px; color: inherit; }
.item .main:hover { background: #f1f3f4; }
.item .msg { display: block; }
.item .excerpt { display: block; color: #5f6368; font-size: 12px; word-break: break-all; }
.sev { flex: none; font-size: 12px; padding: 0 6px; border-radius: 4px; margin-top: 3px; }
.sev-block { background: #fce8e6; color: #b3261e; }
.sev-warn { background: #fef7e0; color: #a15c00; }
.sev-info { background: #e8f0fe; color: #174ea6; }
.mask { flex: none; border: 1px solid #1a73e8; color: #1a73e8; background: #fff; border-radius: 4px; padding: 1px 8px; margin-top: 2px; }
.panel footer { display: flex; gap: 8px; padding: 8px 12px; border-top: 1px solid #e3e6ea; flex-wrap: wrap; }
.panel footer button { border: 1px solid #c9ced6; background: #f8f9fa; border-radius: 4px; padding: 2px 10px; }
.status-line { padding: 4px 12px; color: #5f6368; font-size: 12px; }
.picker {
  position: fixed; top: 12px; left: 50%; transform: translateX(-50%); width: min(560px, calc(100vw - 32px));
  background: #202124; color: #fff; border-radius: 8px; padding: 10px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.3);
  display: flex; gap: 8px; align-items: center; flex-wrap: wrap;
}
.picker[hidden] { display: none; }
.picker .step { flex: 1; min-width: 200px; }
.picker button { border: 1px solid #8ab4f8; background: transparent; color: #8ab4f8; border-radius: 4px; padding: 2px 10px; }
.outline { position: fixed; pointer-events: none; border: 2px solid #1a73e8; background: rgba(26,115,232,.08); display: none; }
`;

export const GATE_STYLE = `
:host {
  all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important;
  pointer-events: auto !important; transform: none !important;
}
* { box-sizing: border-box; }
.backdrop { position: fixed; inset: 0; background: rgba(32,33,36,.45); display: flex; align-items: center; justify-content: center; }
.dialog {
  font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; color: #1f2328;
  background: #fff; border-radius: 10px; width: min(560px, calc(100vw - 32px)); max-height: calc(100vh - 48px);
  display: flex; flex-direction: column; box-shadow: 0 12px 40px rgba(0,0,0,.35);
}
h2 { margin: 0; font-size: 17px; }
.en { color: #5f6368; font-size: 12px; font-weight: normal; }
header { padding: 14px 18px 8px; }
header p { margin: 6px 0 0; color: #3c4043; }
ul { margin: 0; padding: 4px 18px 8px 36px; overflow: auto; }
li { margin: 4px 0; }
li .excerpt { color: #5f6368; font-size: 12px; display: block; word-break: break-all; }
label { display: block; padding: 4px 18px 0; color: #3c4043; }
textarea { display: block; margin: 4px 18px 0; width: calc(100% - 36px); min-height: 64px; font: inherit; padding: 6px; border: 1px solid #c9ced6; border-radius: 4px; }
.hint { padding: 2px 18px; color: #b3261e; font-size: 12px; min-height: 18px; }
footer { display: flex; gap: 10px; justify-content: flex-end; padding: 12px 18px 16px; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 6px 16px; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.back { background: #1a73e8; color: #fff; border: 1px solid #1a73e8; }
.anyway { background: #fff; color: #b3261e; border: 1px solid #b3261e; }
.anyway:disabled { opacity: .5; cursor: not-allowed; }
`;

export const MARKS_STYLE = `
:host {
  all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  pointer-events: none !important; z-index: 2147483645 !important; visibility: visible !important;
  opacity: 1 !important; transform: none !important; overflow: hidden !important;
}
.mark { position: fixed; pointer-events: none; border-bottom: 2px solid; }
.mark.block { border-color: #d93025; background: rgba(217,48,37,.10); }
.mark.warn { border-color: #e37400; background: rgba(227,116,0,.08); }
.mark.info { border-color: #1a73e8; }
.mirror { position: absolute; top: 0; left: -99999px; visibility: hidden; white-space: pre-wrap; overflow-wrap: break-word; }
`;

/** Underline styles for the CSS Custom Highlight API, installed into each editor's document. */
export const HIGHLIGHT_STYLE = `
::highlight(disclosure-review-block) { text-decoration: underline wavy #d93025; text-decoration-thickness: 1.5px; background-color: rgba(217,48,37,.12); }
::highlight(disclosure-review-warn) { text-decoration: underline wavy #e37400; text-decoration-thickness: 1.5px; }
::highlight(disclosure-review-info) { text-decoration: underline dotted #1a73e8; }
`;
