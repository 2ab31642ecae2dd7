import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentTypeError, fetchJson, HttpError, isJsonType, JsonSyntaxError, NetworkError, shouldRetry } from './fetch-json';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') return res.end('{"a":1}');
    if (req.url?.startsWith('/typed/')) return res.writeHead(200, { 'content-type': decodeURIComponent(req.url.slice(7)) }).end('{"a":1}');
    if (req.url === '/missing') return res.writeHead(404, 'Not Found').end();
    if (req.url === '/broken') return res.end('{"items": [');
    if (req.url === '/slow') return void setTimeout(() => res.end('{}'), 500);
    if (req.url === '/huge') {
      res.write('[' + '1,'.repeat(1024));
      return res.end('1]');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchJson', () => {
  it('returns the parsed document', async () => {
    await expect(fetchJson(`${base}/ok`)).resolves.toEqual({ a: 1 });
  });

  it.each(['application/feed+json; charset=utf-8', 'application/json', 'application/ld+json', 'text/plain; charset=utf-8'])('reads a document served as %s', async (type) => {
    await expect(fetchJson(`${base}/typed/${encodeURIComponent(type)}`)).resolves.toEqual({ a: 1 });
  });

  it.each(['text/html; charset=utf-8', 'image/svg+xml', 'image/png', 'application/javascript', 'application/octet-stream'])('refuses a document served as %s, naming the type', async (type) => {
    const error = await fetchJson(`${base}/typed/${encodeURIComponent(type)}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentTypeError);
    expect((error as Error).message).toBe(`${base}/typed/${encodeURIComponent(type)} is served as ${type.split(';')[0]}, not as JSON`);
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('reads a document served with no type', () => {
    expect(isJsonType(null)).toBe(true);
    expect(isJsonType('')).toBe(true);
  });

  it('turns a 404 into an HttpError with the status', async () => {
    const error = await fetchJson(`${base}/missing`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, message: `${base}/missing answered 404 Not Found` });
  });

  it('names truncated JSON as not valid JSON', async () => {
    await expect(fetchJson(`${base}/broken`)).rejects.toThrow(JsonSyntaxError);
  });

  it('gives up after the timeout', async () => {
    const error = await fetchJson(`${base}/slow`, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', reason: 'timeout' });
  });

  it('stops reading a document larger than the cap', async () => {
    const error = await fetchJson(`${base}/huge`, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', reason: 'too-large' });
  });

  it('says when the server cannot be reached', async () => {
    const error = await fetchJson('http://127.0.0.1:9/feed.json').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', reason: 'offline' });
  });
});

describe('shouldRetry', () => {
  it('retries network faults and server errors twice, never a 4xx or a bad document', () => {
    expect(shouldRetry(0, new NetworkError('u', 'timeout'))).toBe(true);
    expect(shouldRetry(1, new HttpError('u', 503, ''))).toBe(true);
    expect(shouldRetry(2, new HttpError('u', 503, ''))).toBe(false);
    expect(shouldRetry(0, new HttpError('u', 404, ''))).toBe(false);
    expect(shouldRetry(0, new JsonSyntaxError('u', 'x'))).toBe(false);
    expect(shouldRetry(0, new NetworkError('u', 'too-large'))).toBe(false);
  });
});
