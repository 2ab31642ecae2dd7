// The search view's interface strings, in the reader's language (lib/i18n.ts).
import { locale } from '../lib/i18n';

const en = {
  search: 'Search',
  placeholder: 'Search articles',
  searchTitle: 'Search',
  resultsFor: 'Results for “{q}”',
  resultCount: '{n} results',
  resultCountOne: '1 result',
  noResults: 'No articles match “{q}”. Try fewer or shorter words.',
  emptyQuery: 'Type words to search the articles, then press Enter.',
  searching: 'Searching…',
  newestOnly: 'Only the {n} newest articles could be searched: this site publishes no search index.',
} as const;

type Key = keyof typeof en;

const zh: Record<Key, string> = {
  search: '搜索',
  placeholder: '搜索文章',
  searchTitle: '搜索',
  resultsFor: '“{q}”的搜索结果',
  resultCount: '共 {n} 篇',
  resultCountOne: '共 1 篇',
  noResults: '没有文章与“{q}”匹配。试试更少或更短的词。',
  emptyQuery: '输入要搜索的词，然后按回车。',
  searching: '正在搜索…',
  newestOnly: '本站没有发布搜索索引，只搜索了最新的 {n} 篇文章。',
};

const messages: Record<Key, string> = locale === 'zh' ? zh : en;

export function st(key: Key, vars: Record<string, string | number> = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
