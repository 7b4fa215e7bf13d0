import { defineMessages } from '../define-messages';

/** Strings the background sends to the pages (entrypoints/background). */
export const BACKGROUND_MESSAGES = defineMessages({
  bg_review_failed: {
    zh: '审查出错：$1',
    en: 'The review failed: $1',
    note: '$1: the technical error. Shown in the findings list when a review throws.',
  },
});
