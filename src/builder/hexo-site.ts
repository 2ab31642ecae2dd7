// A whole Hexo site as input: a folder with `_config.yml` and
// `<source_dir>/_posts/` (source_dir is `source` unless the config says
// otherwise). What the builder takes from `_config.yml`, with Hexo's
// defaults (hexo/lib/hexo/default_config.ts): `title`, `url` + `root` (the
// base URL), `timezone`, `language`, `permalink`, `new_post_name` (how a
// post's file name carries its `:title`), `default_category` and
// `category_map` (what `:category` becomes). Flags override the first four.
// Steps: is there a `_config.yml`? -> read it (size-capped, YAML with the
// alias cap) -> a mapping? -> is `<source_dir>/_posts` a folder? -> values,
// each checked for its type; a wrong type is a SiteConfigError naming the
// file and key, like a YAML error.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { quote } from './diagnostics';

export const CONFIG_FILE = '_config.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
const DEFAULT_PERMALINK = ':year/:month/:day/:title/';
// Hexo's scaffolds ship these; a site that kept one never said where it lives.
const PLACEHOLDER_HOSTS = new Set(['example.com', 'www.example.com', 'yoursite.com', 'www.yoursite.com']);

export type HexoSite = {
  /** The site folder (absolute). */
  dir: string;
  /** `<source_dir>/_posts`, relative to the working directory as the user named the site. */
  postsDir: string;
  configFile: string;
  title?: string;
  /** `url` + `root`, when `url` is set and not a scaffold placeholder. */
  baseUrl?: string;
  /** `root` with slashes on both ends: the path the old URLs start with. */
  root: string;
  timeZone?: string;
  language?: string;
  permalink: string;
  newPostName: string;
  defaultCategory: string;
  categoryMap: Record<string, string>;
  notes: string[];
};

/** A `_config.yml` that cannot be used: exit code 2, message naming the file. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** The site in `input`, or undefined when `input` is a plain posts folder. */
export function readHexoSite(input: string, cwd: string): HexoSite | undefined {
  const dir = path.resolve(cwd, input);
  const configFile = path.join(dir, CONFIG_FILE);
  const shown = path.relative(cwd, configFile) || CONFIG_FILE;
  if (!isFile(configFile)) return undefined;
  const config = readConfig(configFile, shown);
  const sourceDir = stringKey(config, 'source_dir', shown) ?? 'source';
  const postsDir = path.join(input, sourceDir, '_posts');
  if (!isDirectory(path.resolve(cwd, postsDir))) return undefined;
  return siteFrom(config, { dir, postsDir, configFile: shown });
}

function siteFrom(config: Record<string, unknown>, where: { dir: string; postsDir: string; configFile: string }): HexoSite {
  const key = (name: string): string | undefined => stringKey(config, name, where.configFile);
  const notes: string[] = [];
  const root = `/${(key('root') ?? '/').trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const baseUrl = siteBaseUrl(key('url'), root, notes);
  const title = key('title')?.trim();
  const timeZone = key('timezone')?.trim();
  const language = languageTag(firstLanguage(config.language, where.configFile), notes);
  return {
    ...where,
    ...(title && { title }),
    ...(baseUrl !== undefined && { baseUrl }),
    root: baseUrl === undefined ? root : new URL(baseUrl).pathname,
    ...(timeZone && { timeZone }),
    ...(language && { language }),
    permalink: key('permalink')?.trim() || DEFAULT_PERMALINK,
    newPostName: key('new_post_name')?.trim() || ':title.md',
    defaultCategory: key('default_category') ?? 'uncategorized',
    categoryMap: stringMap(config.category_map, 'category_map', where.configFile),
    notes,
  };
}

function readConfig(file: string, shown: string): Record<string, unknown> {
  let text: string;
  try {
    if (statSync(file).size > MAX_CONFIG_BYTES) throw new SiteConfigError(`${shown}: the file is over 1 MB; a Hexo _config.yml is a few KB`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof SiteConfigError) throw error;
    throw new SiteConfigError(`${shown}: cannot read the file (${(error as { code?: string }).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    const line = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    throw new SiteConfigError(`${shown}${line ? `:${line.line}:${line.col}` : ''}: invalid YAML: ${message}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new SiteConfigError(`${shown}: expected a mapping of settings (key: value), got ${quote(data)}`);
  return data as Record<string, unknown>;
}

function stringKey(config: Record<string, unknown>, name: string, shown: string): string | undefined {
  const value = config[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new SiteConfigError(`${shown}: \`${name}\` must be text, got ${quote(value)}`);
}

/** Hexo allows a list of languages; the first is the site's. */
function firstLanguage(value: unknown, shown: string): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null || first === 'default') return undefined;
  if (typeof first !== 'string') throw new SiteConfigError(`${shown}: \`language\` must be a language tag such as zh-CN, got ${quote(value)}`);
  return first.trim() || undefined;
}

/** Hexo themes also write `zh_CN`; a tag no reader would understand is dropped with a note, not a failed build. */
function languageTag(value: string | undefined, notes: string[]): string | undefined {
  if (value === undefined) return undefined;
  const tag = value.replace(/_/g, '-');
  try {
    if (Intl.getCanonicalLocales(tag).length === 1) return tag;
  } catch {
    // not a tag: noted below
  }
  notes.push(`\`language\` ${quote(value)} is not a language tag (such as zh-CN); the feed names no language`);
  return undefined;
}

function stringMap(value: unknown, name: string, shown: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new SiteConfigError(`${shown}: \`${name}\` must map names to slugs, got ${quote(value)}`);
  const map: Record<string, string> = {};
  for (const [from, to] of Object.entries(value as Record<string, unknown>)) if (typeof to === 'string' || typeof to === 'number') map[from] = String(to);
  return map;
}

/**
 * `url` + `root`: Hexo documents `url: https://example.org/blog` with
 * `root: /blog/` for a sub-folder, so the root replaces the url's path.
 */
function siteBaseUrl(url: string | undefined, root: string, notes: string[]): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    notes.push(`\`url\` is not a URL (${quote(url)}); the site's own URLs stay relative (pass --base-url)`);
    return undefined;
  }
  if (PLACEHOLDER_HOSTS.has(parsed.hostname)) {
    notes.push(`\`url\` is Hexo's placeholder ${parsed.origin}; the site's own URLs stay relative (pass --base-url)`);
    return undefined;
  }
  const base = root === '/' && parsed.pathname !== '/' ? parsed.pathname : root;
  return new URL(base.endsWith('/') ? base : `${base}/`, parsed.origin).href;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
