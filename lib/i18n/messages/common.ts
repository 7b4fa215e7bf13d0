import { defineMessages } from '../define-messages';

/** Strings shared by several pages, and the manifest's. */
export const COMMON_MESSAGES = defineMessages({
  extName: { zh: '公开审查助手', en: 'Disclosure Review', note: 'Extension name (manifest).' },
  extDescription: {
    zh: '政府信息公开发布前审查：在发布前检查草稿中的个人信息、保密标识、公开属性和政策解读等问题。',
    en: 'Pre-publication review of government documents: checks drafts for personal data, secrecy markings, disclosure attributes and policy interpretation before they go public.',
    note: 'Extension description (manifest).',
  },
  uiLocale: {
    zh: 'zh_CN',
    en: 'en',
    note: 'Do not translate: tells the pages which catalogue the browser serves.',
  },
  setByAdmin: {
    zh: '由管理员设置',
    en: 'Set by your administrator',
    note: 'Shown beside a setting that a managed policy fixes.',
  },
});
