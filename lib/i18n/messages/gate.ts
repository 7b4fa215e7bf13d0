import { defineMessages } from '../define-messages';

/** The publish gate's dialog (entrypoints/content/gate.ts). */
export const GATE_MESSAGES = defineMessages({
  gate_title: {
    zh: '发布前审查：发现需要处理的问题',
    en: 'Findings to deal with before publishing',
    note: 'Heading of the dialog that opens when the publish button is clicked with block findings.',
  },
  gate_intro_reason: {
    zh: '草稿中有 $1 项阻断级问题。建议返回修改；确需发布的，请说明理由，该决定将记入审查日志。',
    en: 'The draft has $1 blocking findings. Go back and fix them; if it must be published, give a reason, which goes into the review log.',
    note: '$1: number of block findings. Gate mode reason-required (the default).',
  },
  gate_intro_warn: {
    zh: '草稿中有 $1 项阻断级问题。建议返回修改；也可以直接发布，该决定将记入审查日志。',
    en: 'The draft has $1 blocking findings. Going back to fix them is advised; you may also publish, and the decision goes into the review log.',
    note: '$1: number of block findings. Gate mode warn-only (set by an administrator).',
  },
  gate_intro_blocked: {
    zh: '草稿中有 $1 项阻断级问题。按本单位规定，处理完这些问题之前不能发布。',
    en: 'The draft has $1 blocking findings. Under your unit’s rules it cannot be published until they are dealt with.',
    note: '$1: number of block findings. Gate mode no-publish-with-block (set by an administrator).',
  },
  gate_more: {
    zh: '……另有 $1 项',
    en: '…and $1 more',
    note: '$1: findings not listed in the dialog.',
  },
  gate_severity_block: { zh: '阻断', en: 'Block', note: 'Severity label in the gate list.' },
  gate_severity_warn: { zh: '警告', en: 'Warning', note: 'Severity label in the gate list.' },
  gate_severity_info: { zh: '提示', en: 'Note', note: 'Severity label in the gate list.' },
  gate_reason_label: {
    zh: '仍然发布的理由',
    en: 'Reason for publishing anyway',
    note: 'Label of the reason text box.',
  },
  gate_reason_optional_label: {
    zh: '仍然发布的理由（可不填）',
    en: 'Reason for publishing anyway (optional)',
    note: 'Label of the reason text box when the administrator made the reason optional.',
  },
  gate_reason_placeholder: {
    zh: '例如：身份证号为单位统一社会信用代码的误报，已核实。',
    en: 'For example: the “ID number” is the unit’s credit code, a false alarm; checked.',
    note: 'Placeholder of the reason text box.',
  },
  gate_reason_missing: {
    zh: '请填写至少 4 个字的理由。',
    en: 'Please give a reason (4 or more characters).',
    note: 'Shown when Publish anyway is clicked without a reason.',
  },
  gate_back: { zh: '返回修改', en: 'Back to editing', note: 'Gate button: close and go back.' },
  gate_publish_anyway: {
    zh: '仍然发布',
    en: 'Publish anyway',
    note: 'Gate button: let the CMS publish despite the findings.',
  },
});
