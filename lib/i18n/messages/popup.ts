import { defineMessages } from '../define-messages';

/** Strings of the toolbar popup (entrypoints/popup). */
export const POPUP_MESSAGES = defineMessages({
  popup_state_on: { zh: '本站已启用检查', en: 'Checking is on for this site' },
  popup_state_site_off: { zh: '本站已停用检查', en: 'Checking is off for this site' },
  popup_state_not_allowed: {
    zh: '管理员未将本站列入检查范围',
    en: 'Your administrator has not listed this site for checking',
  },
  popup_state_blocked: {
    zh: '管理员已禁止在本站检查',
    en: 'Your administrator has turned checking off for this site',
  },
  popup_state_not_http: {
    zh: '此页面不是网页，无需检查',
    en: 'This is not a web page; nothing to check',
  },
  popup_switch_off: { zh: '在本站停用', en: 'Switch off for this site' },
  popup_switch_on: { zh: '在本站启用', en: 'Switch on for this site' },
  popup_open_panel: { zh: '打开审查面板', en: 'Open the review panel' },
  popup_options: { zh: '设置', en: 'Options' },
  popup_compare: { zh: '新旧对照', en: 'Compare versions' },
  popup_log: { zh: '审查日志', en: 'Review log' },
});
