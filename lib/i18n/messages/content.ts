import { defineMessages } from '../define-messages';

/** Strings of the in-page review (entrypoints/content): the badge, its list and the picker. */
export const CONTENT_MESSAGES = defineMessages({
  content_badge: { zh: '审查', en: 'Review', note: 'Word on the in-page badge before the counts.' },
  content_close: { zh: '关闭', en: 'Close' },
  content_findings: { zh: '审查结果', en: 'Findings' },
  content_pick_fields: { zh: '指定本站字段…', en: "Point at this site's fields…" },
  content_disable_site: { zh: '在本站停用', en: 'Switch off for this site' },
  content_disable_confirm: {
    zh: '在本站停用公开审查助手？可在工具栏按钮的弹出窗口中重新启用。',
    en: "Switch Disclosure Review off for this site? You can switch it back on from the toolbar button's popup.",
  },
  content_checking: { zh: '正在检查…', en: 'Checking…' },
  content_count: { zh: '共 $1 项', en: '$1 finding(s)' },
  content_clean: { zh: '未发现问题', en: 'No issues' },
  content_none: { zh: '当前草稿未发现问题。', en: 'No findings in the current draft.' },
  content_reveal: { zh: '定位到原文', en: 'Show in the draft' },
  content_mask: { zh: '脱敏', en: 'Mask', note: 'Replace personal data with its masked form.' },
  content_mask_title: {
    zh: '用脱敏形式替换原文（可撤销）',
    en: 'Replace with the masked form (can be undone)',
  },
  content_more: {
    zh: '另有 $1 项未列出，请先处理以上问题。',
    en: '$1 more not listed; deal with the ones above first.',
  },

  content_picker: { zh: '指定本站字段', en: "Point at this site's fields" },
  content_pick_body: { zh: '请点击正文编辑区', en: 'Click the document body editor' },
  content_pick_title: { zh: '请点击「标题」输入框', en: 'Click the title field' },
  content_pick_number: { zh: '请点击「发文字号」输入框', en: 'Click the document number field' },
  content_pick_disclosure: {
    zh: '请点击「公开属性/公开方式」选项',
    en: 'Click the disclosure attribute control',
  },
  content_pick_publish: {
    zh: '请点击「发布」按钮（不会真的发布）',
    en: 'Click the publish button (nothing is published)',
  },
  content_pick_skip: { zh: '跳过', en: 'Skip' },
  content_pick_cancel: { zh: '取消', en: 'Cancel' },
  content_pick_failed: { zh: '无法保存站点配置：$1', en: 'Cannot save the site settings: $1' },
});
