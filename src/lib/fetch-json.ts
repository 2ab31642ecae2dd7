// The one place the app talks to the network: fetch with a timeout and a size
// cap, JSON decoding, and typed errors that say what went wrong and where.
// The retry policy that goes with these errors is `shouldRetry` below.
import { stripBidiControlsFromJson } from './bidi';

export const FETCH_TIMEOUT_MS = 20_000;
/** A feed this large would freeze a phone's tab while parsing; refuse it. */
export const MAX_JSON_BYTES = 32 * 1024 * 1024;

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly url: string, readonly status: number, readonly statusText: string) {
    super(`${url} answered ${status}${statusText ? ` ${statusText}` : ''}`);
  }
}

export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(readonly url: string, readonly reason: 'timeout' | 'offline' | 'too-large', detail?: string) {
    super(detail ?? `${url}: ${reason}`);
  }
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(readonly url: string, detail: string) {
    super(`${url} is not valid JSON: ${detail}`);
  }
}

/** A document served as something that cannot be a feed: a web page, an image, a script… */
export class ContentTypeError extends Error {
  override name = 'ContentTypeError';
  constructor(readonly url: string, readonly contentType: string) {
    super(`${url} is served as ${contentType}, not as JSON`);
  }
}

/**
 * JSON Feeds are served as application/feed+json or application/json, any
 * other `…+json`, often as text/plain (raw files on code hosts) and sometimes
 * with no type at all. A page or an image is never a feed: reading one as a
 * feed would only ever produce a confusing error, or trust a page that
 * happens to parse (issue 13).
 */
export function isJsonType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === '' || type === 'application/json' || type === 'text/plain' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.-]+\+json$/.test(type);
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(url, maxBytes);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(url: string, maxBytes: number): NetworkError {
  return new NetworkError(url, 'too-large', `${url} is larger than ${Math.round(maxBytes / 1048576)} MB`);
}

export type FetchJsonOptions = { signal?: AbortSignal; timeoutMs?: number; maxBytes?: number };

export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  // A plain timer rather than AbortSignal.timeout, so tests can move the clock.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  let text: string;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/feed+json, application/json' } });
    if (!response.ok) throw new HttpError(url, response.status, response.statusText);
    const type = response.headers.get('content-type');
    if (!isJsonType(type)) {
      await response.body?.cancel();
      throw new ContentTypeError(url, type!.split(';')[0]!.trim());
    }
    text = await readCapped(response, url, options.maxBytes ?? MAX_JSON_BYTES);
  } catch (error) {
    if (error instanceof HttpError || error instanceof NetworkError || error instanceof ContentTypeError) throw error;
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new NetworkError(url, 'timeout', `${url} did not answer within ${Math.round((options.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000)} s`);
    throw new NetworkError(url, 'offline', `${url} could not be reached (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
  }
  try {
    // No string of a feed may reorder the text around it (bidi.ts).
    return JSON.parse(stripBidiControlsFromJson(text)) as unknown;
  } catch (error) {
    throw new JsonSyntaxError(url, error instanceof Error ? error.message : String(error));
  }
}

/** Retry what may heal by itself (network faults, 5xx, 429); never a 4xx or a bad document. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof NetworkError) return error.reason !== 'too-large';
  if (error instanceof HttpError) return error.status >= 500 || error.status === 429 || error.status === 408;
  return false;
}

/** Exponential backoff with a little jitter so many tabs do not retry in step. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000) * (0.8 + Math.random() * 0.4);
}
