import { defineMessages } from '../define-messages';

/**
 * Strings of the shared React components (components/), and the UI names of values that lib/
 * keeps in Chinese (outcomes, checklist groups and default items, document classes): logs and
 * exports keep lib's Chinese; the screen shows these.
 */
export const COMPONENT_MESSAGES = defineMessages({
  ui_severity_block: { zh: '阻断', en: 'Block', note: 'Severity: must not be published as is.' },
  ui_severity_warn: { zh: '警告', en: 'Warning', note: 'Severity: a person must decide.' },
  ui_severity_info: { zh: '提示', en: 'Info', note: 'Severity: for the record.' },

  ui_findings_label: { zh: '审查结果', en: 'Findings' },
  ui_findings_none: { zh: '未发现问题', en: 'No issues found' },
  ui_findings_fix: { zh: '建议改为：', en: 'Suggested: ', note: 'Before the masked form.' },

  ui_state_passed: { zh: '通过', en: 'Passed' },
  ui_state_failed: { zh: '未通过', en: 'Failed' },
  ui_state_waiting: { zh: '待人工核对', en: 'To be checked by a person' },
  ui_state_confirmed: { zh: '已确认', en: 'Confirmed' },
  ui_state_not_applicable: { zh: '不适用', en: 'Not applicable' },

  ui_checklist_auto: { zh: '自动检查', en: 'Automatic check' },
  ui_checklist_reveal: { zh: '在页面中定位', en: 'Show in the page' },
  ui_checklist_marked_false_positive: { zh: '已标为误报：$1', en: 'Marked false positive: $1' },
  ui_checklist_marked_accepted: { zh: '已接受：$1', en: 'Accepted: $1' },
  ui_checklist_undo: { zh: '撤销', en: 'Undo' },
  ui_checklist_reason_false_positive: { zh: '误报理由', en: 'Why it is a false positive' },
  ui_checklist_reason_accepted: { zh: '接受理由', en: 'Why it is accepted' },
  ui_checklist_ok: { zh: '确定', en: 'OK' },
  ui_checklist_cancel: { zh: '取消', en: 'Cancel' },
  ui_checklist_false_positive: { zh: '标为误报', en: 'False positive' },
  ui_checklist_accept: { zh: '接受', en: 'Accept' },
  ui_manual_waiting: { zh: '待核对', en: 'To check' },
  ui_manual_confirmed: { zh: '已确认', en: 'Confirmed' },
  ui_manual_failed: { zh: '不通过', en: 'Failed' },
  ui_manual_not_applicable: { zh: '不适用', en: 'Not applicable' },
  ui_manual_note_label: { zh: '$1 备注', en: 'Note on $1', note: '$1 is the item.' },
  ui_manual_note: { zh: '备注', en: 'Note' },

  ui_group_personal_data: { zh: '个人信息保护', en: 'Personal data' },
  ui_group_confidentiality: { zh: '保密审查', en: 'Secrecy review' },
  ui_group_disclosure: { zh: '公开属性', en: 'Disclosure attribute' },
  ui_group_interpretation: { zh: '政策解读（三同步）', en: 'Policy interpretation' },
  ui_group_policy_change: { zh: '新旧政策差异', en: 'Old/new policy differences' },

  ui_item_privacy_checked: {
    zh: '已逐段核对，无遗漏的个人隐私信息',
    en: 'Checked paragraph by paragraph: no personal data left',
  },
  ui_item_secrecy_opinion: {
    zh: '保密审查意见已出具（涉密信息不上网）',
    en: 'Secrecy review opinion issued (nothing classified goes online)',
  },
  ui_item_disclosure_method: {
    zh: '公开方式适当，不公开的已说明理由',
    en: 'Disclosure method fits; reasons given for anything not disclosed',
  },
  ui_item_elements_complete: {
    zh: '要素齐全：标题、文号、发布机构、成文日期、索引号',
    en: 'Complete: title, document number, issuer, date written, index number',
  },
  ui_item_interpretation_signed: {
    zh: '解读材料已与政策文件同步组织、同步审签',
    en: 'Interpretation prepared and signed off together with the policy',
  },
  ui_item_changes_explained: {
    zh: '新旧政策差异已在解读中说明',
    en: 'Differences from the old policy explained in the interpretation',
  },

  ui_outcome_legend: { zh: '审核结论', en: 'Outcome' },
  ui_outcome_approved: { zh: '通过', en: 'Approved' },
  ui_outcome_returned: { zh: '退回修改', en: 'Returned for changes' },
  ui_outcome_conditional: { zh: '有条件通过', en: 'Approved with conditions' },
  ui_signoff_comment: { zh: '审核意见', en: 'Comment' },
  ui_signoff_submit: { zh: '签署并记入日志', en: 'Sign off and log' },
  ui_signoff_need_reviewer: {
    zh: '请先在设置页填写审核人姓名和单位。',
    en: 'Set your name and unit in the options page first.',
  },
  ui_signoff_need_outcome: { zh: '请选择审核结论。', en: 'Choose an outcome.' },
  ui_signoff_open_problems: {
    zh: '仍有未处理的问题或未通过的事项，不能直接“通过”；可退回修改或有条件通过。',
    en: 'Open findings or failed items remain, so it cannot simply be approved; return it or approve it with conditions.',
  },
  ui_signoff_undecided: {
    zh: '还有 $1 项人工核对未作决定。',
    en: '$1 manual item(s) still undecided.',
  },
  ui_signoff_need_comment: {
    zh: '“有条件通过”和“退回修改”须填写意见。',
    en: 'Approving with conditions or returning a draft needs a comment.',
  },

  ui_class_regulation: { zh: '规章', en: 'Regulation' },
  ui_class_normative: { zh: '行政规范性文件', en: 'Normative document' },
  ui_class_policy: { zh: '政策性文件', en: 'Policy document' },
  ui_class_interpretation: { zh: '政策解读材料', en: 'Policy interpretation' },
  ui_class_no_interpretation_needed: {
    zh: '无需解读的文件',
    en: 'Document needing no interpretation',
  },

  ui_compare_key_changes: { zh: '主要变化', en: 'Key changes' },
  ui_compare_before: { zh: '修改前', en: 'Before' },
  ui_compare_after: { zh: '修改后', en: 'After' },
  ui_compare_note: { zh: '说明', en: 'Note' },
  ui_compare_caption: { zh: '新旧对照表', en: 'Old/new comparison' },
  ui_compare_no_difference: { zh: '两个版本没有差异', en: 'The two versions are the same' },
  ui_compare_no_substantive: {
    zh: '两个版本没有实质性差异（仅有条文序号、标点等修改）',
    en: 'No substantive differences (only numbering, punctuation and the like)',
  },
  ui_change_added: { zh: '增加', en: 'Added' },
  ui_change_removed: { zh: '删去', en: 'Removed' },
  ui_change_modified: { zh: '修改', en: 'Modified' },
  ui_change_moved: { zh: '移动', en: 'Moved' },
  ui_change_renumbered: { zh: '序号调整', en: 'Renumbered' },
});
