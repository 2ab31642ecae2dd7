// Error → the sentence a reader sees. Each says what went wrong and where.
import { ArticleNotFoundError, FeedParseError, FeedUrlError } from '../feed/errors';
import { ContentTypeError, HttpError, JsonSyntaxError, NetworkError } from '../lib/fetch-json';
import { t } from '../lib/i18n';

export type ErrorDescription = { summary: string; detail?: string; retryable: boolean };

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof FeedUrlError) return { summary: t('errorFeedUrl'), detail: error.message, retryable: false };
  if (error instanceof HttpError) {
    const key = error.status === 404 ? 'errorHttp404' : 'errorHttp';
    return { summary: t(key, { status: error.status, url: error.url }), retryable: true };
  }
  if (error instanceof NetworkError) {
    const key = error.reason === 'timeout' ? 'errorTimeout' : error.reason === 'offline' ? 'errorOffline' : 'errorTooLarge';
    return { summary: t(key, { url: error.url }), retryable: true };
  }
  if (error instanceof ContentTypeError) return { summary: t('errorContentType', { url: error.url, type: error.contentType }), retryable: true };
  if (error instanceof JsonSyntaxError) return { summary: t('errorJson', { url: error.url }), detail: error.message, retryable: true };
  if (error instanceof FeedParseError) return { summary: t('errorSchema'), detail: error.message, retryable: true };
  if (error instanceof ArticleNotFoundError) return { summary: error.message, retryable: false };
  return { summary: t('errorUnknown'), detail: error instanceof Error ? error.message : String(error), retryable: true };
}
