import { defineMessages } from '../define-messages';

/** Strings of the compare page (entrypoints/compare). */
export const COMPARE_MESSAGES = defineMessages({
  compare_title: { zh: '新旧对照', en: 'Compare versions', note: 'Page title and heading.' },
  compare_intro: {
    zh: '粘贴或读入政策文件的旧版本和新版本，按条列出修改，生成起草说明用的对照表。文件只在本机比较，不会上传。',
    en: 'Paste or open the old and new versions of a policy to list the changes article by article, as the comparison table of a drafting note. The texts are compared on this device and never uploaded.',
  },
  compare_old: { zh: '旧版本', en: 'Old version' },
  compare_new: { zh: '新版本', en: 'New version' },
  compare_open_file: {
    zh: '从文件读入（$1）',
    en: 'Open a file ($1)',
    note: '$1 lists the file types, e.g. .txt .md .html .docx.',
  },
  compare_file_read: { zh: '已读入：$1', en: 'Read: $1' },
  compare_file_error: { zh: '无法读取文件“$1”：$2', en: 'Cannot read “$1”: $2' },
  compare_kept_group: { zh: '本机保存的版本', en: 'Versions kept on this device' },
  compare_kept_label: {
    zh: '本机保存的版本（选中后作为比较基准）',
    en: 'Versions kept on this device (choose one as the old version)',
  },
  compare_kept_none: { zh: '（尚未保存）', en: '(none kept yet)' },
  compare_kept_choose: { zh: '选择（共 $1 个）', en: 'Choose ($1 kept)' },
  compare_kept_untitled: { zh: '（无标题）', en: '(untitled)' },
  compare_keep: { zh: '保存新版本到本机', en: 'Keep the new version on this device' },
  compare_kept: {
    zh: '已在本机保存：$1（个人信息已脱敏）',
    en: 'Kept on this device: $1 (personal data masked)',
  },
  compare_keep_failed: { zh: '保存失败：$1', en: 'Could not keep it: $1' },
  compare_toolbar: { zh: '比较与导出', en: 'Compare and export' },
  compare_run: { zh: '比较', en: 'Compare' },
  compare_substantive_only: { zh: '只看实质性修改', en: 'Substantive changes only' },
  compare_copy: { zh: '复制表格', en: 'Copy table' },
  compare_export: { zh: '导出 HTML', en: 'Export HTML' },
  compare_copied: {
    zh: '已复制表格，可直接粘贴到 Word 或 WPS。',
    en: 'Table copied; paste it into Word or WPS.',
  },
  compare_copy_failed: { zh: '复制失败：$1', en: 'Copy failed: $1' },
  compare_results: { zh: '比较结果', en: 'Comparison' },
  compare_running: { zh: '正在比较…', en: 'Comparing…' },
  compare_counts: {
    zh: '修改 $1 处，其中实质性 $2 处',
    en: '$1 change(s), $2 substantive',
  },
  compare_hidden: {
    zh: '（已隐藏 $1 处非实质性修改）',
    en: ' ($1 non-substantive change(s) hidden)',
  },
  compare_hint: {
    zh: '在上方填入两个版本后自动比较。',
    en: 'Fill in both versions above; they are compared as you type.',
  },
  compare_error: { zh: '比较出错：$1', en: 'The comparison failed: $1' },
  compare_aborted: {
    zh: '部分较长的条文超出比较时限，已按整段替换列出，请人工核对。',
    en: 'Some long articles took too long to compare and are listed as replaced whole; check them by hand.',
  },
  compare_caption_named: {
    zh: '《$1》新旧对照表',
    en: 'Old/new comparison of 《$1》',
    note: '$1 is the policy title.',
  },
});
