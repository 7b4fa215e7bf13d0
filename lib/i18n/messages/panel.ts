import { defineMessages } from '../define-messages';

/** Strings of the review panel (entrypoints/sidepanel): the checklist tab and the quick check. */
export const PANEL_MESSAGES = defineMessages({
  panel_tabs_label: { zh: '功能', en: 'Sections', note: 'Accessible name of the tab list.' },
  panel_tab_review: { zh: '审查清单', en: 'Checklist' },
  panel_tab_quick: { zh: '试查', en: 'Quick check' },

  panel_quick_intro: {
    zh: '粘贴草稿，发布前检查个人信息等问题。草稿只在本机检查，不会上传。',
    en: 'Paste a draft to check it for personal data and other problems before publication. It is checked on this device and never uploaded.',
  },
  panel_compare_link: { zh: '新旧对照', en: 'Compare versions' },
  panel_title: { zh: '标题', en: 'Title' },
  panel_draft: { zh: '正文草稿', en: 'Draft text' },
  panel_results: { zh: '检查结果', en: 'Results' },
  panel_quick_hint: {
    zh: '在上方粘贴草稿后自动检查。',
    en: 'Paste a draft above; it is checked as you type.',
  },
  panel_quick_error: { zh: '检查出错：$1', en: 'The check failed: $1' },
  panel_profile: { zh: '文档类型：$1', en: 'Profile: $1' },
  panel_profile_general: { zh: '一般', en: 'General' },
  panel_profile_epidemiological: { zh: '流调（疫情）', en: 'Epidemiological (流调)' },
  panel_class: { zh: '文件类别：$1', en: 'Document class: $1' },
  panel_evidence: { zh: '依据：$1', en: 'Because: $1' },
  panel_evidence_separator: { zh: '；', en: '; ' },

  panel_none_no_draft: {
    zh: '当前页面没有找到草稿编辑区（或本站已停用）。',
    en: 'No draft editor found in the current page (or the extension is switched off for this site).',
  },
  panel_none_not_page: {
    zh: '当前页面不是可检查的网页，或页面尚未加载完。',
    en: 'The current tab is not a web page that can be checked, or it has not finished loading.',
  },
  panel_none_no_tab: { zh: '没有可审查的标签页。', en: 'There is no tab to review.' },
  panel_none_hint: {
    zh: '可在“试查”中粘贴文字检查。',
    en: 'Use Quick check to check pasted text.',
  },
  panel_loading: { zh: '正在读取页面…', en: 'Reading the page…' },
  panel_gate_trouble: {
    zh: '有 $1 条发布把关决定尚未写入审查日志，将在下次写入时重试：$2',
    en: '$1 publish-gate decision(s) are not in the review log yet; they will be retried with the next entry: $2',
  },
  panel_summary_title: { zh: '标题', en: 'Title' },
  panel_summary_number: { zh: '文号', en: 'Document number' },
  panel_summary_class: { zh: '类别', en: 'Class' },
  panel_summary_disclosure: { zh: '公开属性', en: 'Disclosure attribute' },
  panel_not_filled: { zh: '（未填写）', en: '(not filled in)' },
  panel_no_number: { zh: '（无）', en: '(none)' },
  panel_not_set: { zh: '（未设置）', en: '(not set)' },
  panel_checking: { zh: '检查中…', en: 'Checking…' },
  panel_reviewer: { zh: '审核人：$1 · $2', en: 'Reviewer: $1 · $2' },
  panel_reviewer_no_unit: { zh: '（未设置单位）', en: '(no unit set)' },
  panel_options_link: { zh: '设置', en: 'Options' },
  panel_signed: {
    zh: '已签署并记入审查日志（第 $1 条，$2）。',
    en: 'Signed and written to the review log (entry $1, $2).',
  },
  panel_sign_failed: { zh: '未能记入日志：$1', en: 'Could not write to the log: $1' },
});
