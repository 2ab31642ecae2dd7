// The test server: the built app (dist/) served the way GitHub Pages serves
// it (a path is the file, else `<path>.html`, else `<path>/index.html`, else
// 404.html with status 404), plus what end-to-end tests need around it, on
// 127.0.0.1 only.
//
//   /__fixtures/<path>   files from test/fixtures/
//   /__gen/<path>        files tests generate into .cache/e2e/<key>/
//   /__img/<w>x<h>.png   a solid PNG of that size
//   /__ref/<token>/<name> a 1×1 PNG; the Referer each request came with is
//                        kept, and /__ref/<token> lists them as JSON
//                        [{ "path", "referer" }] (null: none was sent)
//   /__collector.js      the page collector (see ServerOptions.collector)
//   /blog/<path>         the same app built for a sub-path (RUWEI_BASE=/blog/),
//                        from .cache/dist-blog/ (global-setup.ts builds it)
//   /__t/<opts>/<path>   <path> served with faults; opts joined by ';':
//                        delay=<ms>, status=<code>, fail=<n> (first n requests
//                        answer 503, then normal), truncate=<bytes>,
//                        chunked (no Content-Length; streamed() tells how
//                        many bytes went out and whether the body ended)
//
// Relative URLs inside a document served under /__t/<opts>/ keep the prefix,
// so a slow feed's index pages and item files are slow too.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { solidPng } from './png';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/**
 * Generated feeds and sites live under a key of the code that makes them
 * (the builder, the modules it imports, the generators), so a change to
 * any of it builds them afresh instead of serving an older builder's output.
 */
function generatorKey(): string {
  const hash = createHash('sha256');
  const dirs = ['src/builder', 'src/feed', 'src/lib'].map((dir) => join(ROOT, dir));
  const files = dirs.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)));
  for (const file of [...files.filter((name) => /(?<!\.test)\.ts$/.test(name)).sort(), join(ROOT, 'test/support/generate.ts')]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export const GENERATED = join(ROOT, '.cache/e2e', generatorKey());
export const SUB_PATH = '/blog/';
export const DIST_SUB_PATH = join(ROOT, '.cache/dist-blog');
const FIXTURES = join(ROOT, 'test/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

type Faults = { delay: number; status?: number; fail?: number; truncate?: number; chunked?: boolean };
export type Streamed = { bytes: number; complete: boolean };

function parseFaults(spec: string): Faults {
  const faults: Faults = { delay: 0 };
  for (const part of spec.split(';')) {
    const [key, value] = part.split('=');
    const n = Number(value);
    if (key === 'delay') faults.delay = n;
    else if (key === 'status') faults.status = n;
    else if (key === 'fail') faults.fail = n;
    else if (key === 'truncate') faults.truncate = n;
    else if (key === 'chunked') faults.chunked = true;
  }
  return faults;
}

/** A path inside `base`, or null when `..` tries to leave it. */
function inside(base: string, path: string): string | null {
  const full = normalize(join(base, path));
  return full.startsWith(base) ? full : null;
}

async function sendFile(res: ServerResponse, file: string, truncate?: number): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const cache = file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (truncate !== undefined) {
    const bytes = await readFile(file);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(bytes.subarray(0, truncate));
    return true;
  }
  res.writeHead(200, { 'content-type': type, 'content-length': info.size, 'cache-control': cache });
  createReadStream(file).pipe(res);
  return true;
}

/** Streams `file` without a length; records the bytes read for sending (backpressure keeps it near what was sent). */
async function sendChunked(res: ServerResponse, file: string, record: (streamed: Streamed) => void): Promise<boolean> {
  if (!(await stat(file).catch(() => null))?.isFile()) return false;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  const stream = createReadStream(file);
  let bytes = 0;
  stream.on('data', (chunk) => (bytes += chunk.length));
  res.on('close', () => {
    stream.destroy();
    record({ bytes, complete: res.writableFinished });
  });
  stream.pipe(res);
  return true;
}

/** `?feed=` for a fixture feed, optionally behind fault options (see above). */
export function fixtureFeed(path: string, faults?: string): string {
  const prefix = faults ? `/__t/${faults}` : '';
  return `?feed=${encodeURIComponent(`${prefix}/__fixtures/${path}`)}`;
}

export type TestServer = {
  url: string;
  close: () => Promise<void>;
  /** Forgets how often each `fail=` URL was asked for and releases every hold; the fixtures call it before every test. */
  resetFaults: () => void;
  /**
   * Holds back the answer to every request whose path matches until the returned function is called:
   * a script or image arriving late, without the browser's request interception (which stalls Firefox
   * over BiDi while a request is held).
   */
  hold: (path: RegExp) => () => void;
  /** Every request's path and query, in order: engines without request events (WebKit over WebDriver) read this. */
  requests: string[];
  /**
   * Drops every connection unanswered until resetFaults: the network as a page's service worker sees it when it is
   * down (Firefox's offline emulation over WebDriver BiDi stops the page's requests, not its service worker's).
   */
  cut: () => void;
  /** Serves `body` at `path` instead of its file until resetFaults: a new deploy of one file (a changed sw.js) without a rebuild. */
  replace: (path: string, body: string) => void;
  /** How much of a `chunked` response was sent, by path. */
  streamed: (path: string) => Streamed | undefined;
};

export type ServerOptions = {
  port?: number;
  /**
   * A script (test/support/page-collector.js) put into every HTML page before
   * the app's own: it records uncaught errors and dialogs for engines whose
   * driver cannot add init scripts or report page errors.
   */
  collector?: boolean;
  /**
   * Every answer forbids every script (`Content-Security-Policy: script-src
   * 'none'`): JavaScript off, enforced by the browser itself in every engine.
   */
  scriptsOff?: boolean;
};

const COLLECTOR = '/__collector.js';

export async function startServer({ port = 0, collector = false, scriptsOff = false }: ServerOptions = {}): Promise<TestServer> {
  const failures = new Map<string, number>();
  const referers = new Map<string, { path: string; referer: string | null }[]>();
  const streams = new Map<string, Streamed>();
  const requests: string[] = [];
  const holds = new Map<RegExp, { released: Promise<void>; release: () => void }>();
  const replacements = new Map<string, string>();
  let cut = false;

  async function sendPage(res: ServerResponse, file: string, status = 200): Promise<boolean> {
    if ((!collector || extname(file) !== '.html') && status === 200) return sendFile(res, file);
    const html = await readFile(file, 'utf8').catch(() => null);
    if (html === null) return false;
    const page = collector ? html.replace('<script', `<script src="${COLLECTOR}"></script><script`) : html;
    res.writeHead(status, { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache' }).end(page);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requests.push(req.url ?? '/');
    if (cut) return void req.socket.destroy();
    if (scriptsOff) res.setHeader('content-security-policy', "script-src 'none'");
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let faults: Faults = { delay: 0 };
    const faulty = /^\/__t\/([^/]+)(\/.*)$/.exec(path);
    if (faulty) {
      faults = parseFaults(faulty[1]!);
      path = faulty[2]!;
    }
    if (faults.delay) await new Promise((done) => setTimeout(done, faults.delay));
    for (const [pattern, { released }] of holds) if (pattern.test(path)) await released;
    if (faults.status) return void res.writeHead(faults.status, { 'content-type': 'text/plain' }).end(`status ${faults.status}`);
    if (faults.fail) {
      const key = req.url ?? '';
      const seen = failures.get(key) ?? 0;
      failures.set(key, seen + 1);
      if (seen < faults.fail) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('try again');
    }
    const ref = /^\/__ref\/([\w-]+)(\/.*)?$/.exec(path);
    if (ref) {
      const log = referers.get(ref[1]!) ?? [];
      referers.set(ref[1]!, log);
      if (!ref[2]) return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(log));
      log.push({ path: ref[2], referer: req.headers.referer ?? null });
      return void res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(solidPng(1, 1));
    }
    const replaced = replacements.get(path);
    if (replaced !== undefined) return void res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(replaced);
    if (path === COLLECTOR) return void (await sendFile(res, join(import.meta.dirname, 'page-collector.js')));
    const img = /^\/__img\/(\d+)x(\d+)\.png$/.exec(path);
    if (img) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      return void res.end(solidPng(Number(img[1]), Number(img[2])));
    }
    const fixture = path.startsWith('/__fixtures/') ? inside(FIXTURES, path.slice('/__fixtures/'.length)) : null;
    const generated = path.startsWith('/__gen/') ? inside(GENERATED, path.slice('/__gen/'.length)) : null;
    const subPath = path.startsWith(SUB_PATH);
    const root = subPath ? DIST_SUB_PATH : DIST;
    const file = fixture ?? generated ?? inside(root, subPath ? path.slice(SUB_PATH.length - 1) : path);
    if (file && faults.chunked && (await sendChunked(res, file, (streamed) => streams.set(path, streamed)))) return;
    if (file && (faults.truncate === undefined ? await sendPage(res, file) : await sendFile(res, file, faults.truncate))) return;
    if (fixture || generated) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    // As GitHub Pages: `/article/x` is article/x.html, `/x/` is x/index.html, anything else 404.html.
    const page = file && !path.endsWith('/') ? `${file}.html` : null;
    if (page && (await sendPage(res, page))) return;
    if (file && (await sendPage(res, join(file, 'index.html')))) return;
    if (await sendPage(res, join(root, '404.html'), 404)) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    resetFaults: () => {
      failures.clear();
      for (const { release } of holds.values()) release();
      holds.clear();
      replacements.clear();
      cut = false;
    },
    cut: () => void (cut = true),
    replace: (path, body) => void replacements.set(path, body),
    hold: (pattern) => {
      let release = () => {};
      const released = new Promise<void>((done) => (release = done));
      holds.set(pattern, { released, release });
      return () => {
        release();
        holds.delete(pattern);
      };
    },
    streamed: (path) => streams.get(path),
    requests,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const server = await startServer({ port: Number(process.env.PORT ?? 4310) });
  console.log(`test server on ${server.url}`);
}
