/**
 * Why the review log could not do what was asked, for the UI to show. A record that could not be
 * written is never dropped silently: `appendRecord` rejects with this error, and the caller shows
 * `message` and keeps the record in memory to retry.
 */

/** quota: storage full; blocked: another tab holds an older version open; invalid: bad record. */
export const REVIEW_LOG_ERROR_CODES = ['quota', 'blocked', 'invalid', 'unknown'] as const;
export type ReviewLogErrorCode = (typeof REVIEW_LOG_ERROR_CODES)[number];

const TEXTS: Record<ReviewLogErrorCode, { zh: string; en: string }> = {
  quota: {
    zh: '浏览器存储空间已满，审核记录未能保存。请导出并清理旧记录或释放磁盘空间后重试；这条记录仍保留在本页，可再次保存。',
    en: 'Browser storage is full, so the review record was not saved. Export and clear old records or free disk space, then retry; the record is kept on this page.',
  },
  blocked: {
    zh: '另一个标签页仍打开着旧版本的审核记录库，升级被阻塞。请关闭或刷新本扩展的其他页面后重试。',
    en: 'Another tab holds an older version of the review log open and blocks the upgrade. Close or reload the extension’s other pages, then retry.',
  },
  invalid: {
    zh: '审核记录不完整或格式不对，未保存。',
    en: 'The review record is incomplete or malformed and was not saved.',
  },
  unknown: {
    zh: '审核记录库出错，记录未能保存。',
    en: 'The review log failed and the record was not saved.',
  },
};

/** A review log failure with a code and a Chinese + English message for the UI. */
export class ReviewLogError extends Error {
  override readonly name = 'ReviewLogError';
  readonly code: ReviewLogErrorCode;
  /** The Chinese message alone. */
  readonly zh: string;
  /** The English message alone. */
  readonly en: string;
  /** For 'invalid': what is wrong, one line per problem (field path: message). */
  readonly issues: readonly string[];

  constructor(
    code: ReviewLogErrorCode,
    options: { detail?: string; issues?: readonly string[]; cause?: unknown } = {},
  ) {
    const text = TEXTS[code];
    const detail = options.detail ? `（${options.detail}）` : '';
    const zh = text.zh + detail;
    const en = text.en + (options.detail ? ` (${options.detail})` : '');
    super(`${zh} ${en}`, { cause: options.cause });
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.issues = options.issues ?? [];
  }
}

/** The errors wrapped inside an error: Dexie's `inner`, the standard `cause`, a BulkError's `failures`. */
function* errorChain(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 8 || error === null || error === undefined) return;
  yield error;
  if (typeof error !== 'object') return;
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  yield* errorChain(e.inner, depth + 1);
  yield* errorChain(e.cause, depth + 1);
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : [];
  for (const failure of failures) yield* errorChain(failure, depth + 1);
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

/** Whether an error is, or wraps, a full storage quota (QuotaExceededError in any browser). */
export function isQuotaError(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const name = errorName(e);
    // Firefox's older name; legacy DOMException code 22 is QUOTA_EXCEEDED_ERR.
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    if (e instanceof DOMException && e.code === 22) return true;
  }
  return false;
}

/** Turns anything thrown by Dexie or IndexedDB into a ReviewLogError, keeping the original as cause. */
export function toReviewLogError(error: unknown): ReviewLogError {
  if (error instanceof ReviewLogError) return error;
  if (isQuotaError(error)) return new ReviewLogError('quota', { cause: error });
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  const detail = [name, message].filter(Boolean).join(': ').slice(0, 300);
  return new ReviewLogError('unknown', { detail, cause: error });
}
