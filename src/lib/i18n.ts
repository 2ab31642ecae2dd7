// Interface strings in the reader's language (navigator.languages), not the
// feed's. English is the fallback; the accessible names the tests use are English.

const en = {
  appName: 'ruwei',
  skipToContent: 'Skip to content',
  categories: 'Categories',
  all: 'All',
  allArticles: 'All articles',
  loading: 'Loading…',
  loadingFeed: 'Loading articles…',
  loadingArticle: 'Loading the article…',
  retry: 'Retry',
  retrying: 'Retrying…',
  emptyFeed: 'This feed has no articles yet.',
  emptyCategory: 'No articles in “{name}”.',
  untitled: 'Untitled',
  minutesRead: '{n} min read',
  notFoundTitle: 'Page not found',
  notFoundText: 'Nothing lives at {path}.',
  articleNotFoundTitle: 'Article not found',
  articleNotFoundText: 'This feed has no article “{slug}”. It may have been renamed or removed.',
  backHome: 'Back to all articles',
  errorTitle: 'Something went wrong',
  errorFeedUrl: 'This feed address cannot be used.',
  errorHttp: 'The server answered {status} for {url}.',
  errorHttp404: 'Nothing was found at {url} (404).',
  errorTimeout: 'The server did not answer in time ({url}).',
  errorOffline: 'The server could not be reached ({url}). Check your connection.',
  errorTooLarge: 'The feed is too large to open safely ({url}).',
  errorJson: 'The feed is not valid JSON ({url}).',
  errorContentType: 'This is not a feed: {url} is served as {type}, not as JSON.',
  externalFeed: 'External feed from {host}',
  feedParamIgnored: 'This site shows only its own feed; the feed in the link was ignored.',
  errorSchema: 'The feed is not a valid JSON Feed.',
  errorUnknown: 'An unexpected error occurred.',
  itemsSkipped: '{n} items could not be read and are not shown: {reasons}',
  by: 'By {names}',
  tableOfContents: 'Table of contents',
  copyLink: 'Copy link to section',
  linkCopied: 'Link copied',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  newer: 'Newer',
  older: 'Older',
  tags: 'Tags',
  subcategories: 'Subcategories of {name}',
  allArticlesCount: '{n} articles',
  moreArticles: 'More articles',
  linkCopyFailed: 'The link could not be copied',
  imageUnavailable: 'Image unavailable',
  showMore: 'Show {n} more',
  attachments: 'Attachments',
  minutes: '{n} min',
  keyboardShortcuts: 'Keyboard shortcuts',
  close: 'Close',
  keysEverywhere: 'Everywhere',
  keysList: 'Article list',
  keysArticle: 'Article',
  keyShowShortcuts: 'Show this list of shortcuts',
  keySearch: 'Search',
  keyClose: 'Close a dialog or a panel',
  keyNextRow: 'Next article in the list',
  keyPreviousRow: 'Previous article in the list',
  keyCategories: 'Go to the categories',
  keyNextArticle: 'Next article',
  keyPreviousArticle: 'Previous article',
  keyToc: 'Open the table of contents',
  keyThen: 'then',
  openImage: 'Open image: {name}',
  openImageUnnamed: 'Open image',
  imageDialog: 'Image',
  categoryMissing: 'There is no category “{name}”.',
} as const;

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const zh: Messages = {
  appName: '入微',
  skipToContent: '跳到正文',
  categories: '分类',
  all: '全部',
  allArticles: '全部文章',
  loading: '加载中…',
  loadingFeed: '正在加载文章…',
  loadingArticle: '正在加载文章…',
  retry: '重试',
  retrying: '正在重试…',
  emptyFeed: '这个订阅源还没有文章。',
  emptyCategory: '“{name}”下没有文章。',
  untitled: '无标题',
  minutesRead: '阅读约 {n} 分钟',
  notFoundTitle: '页面不存在',
  notFoundText: '{path} 没有内容。',
  articleNotFoundTitle: '找不到文章',
  articleNotFoundText: '订阅源中没有“{slug}”这篇文章，可能已改名或删除。',
  backHome: '返回全部文章',
  errorTitle: '出错了',
  errorFeedUrl: '无法使用这个订阅源地址。',
  errorHttp: '服务器对 {url} 返回了 {status}。',
  errorHttp404: '{url} 不存在（404）。',
  errorTimeout: '服务器没有及时响应（{url}）。',
  errorOffline: '无法连接服务器（{url}），请检查网络。',
  errorTooLarge: '订阅源太大，无法安全打开（{url}）。',
  errorJson: '订阅源不是有效的 JSON（{url}）。',
  errorContentType: '这不是订阅源：{url} 的类型是 {type}，不是 JSON。',
  externalFeed: '外部订阅源：{host}',
  feedParamIgnored: '本站只显示自己的订阅源，已忽略链接中的订阅源。',
  errorSchema: '订阅源不是有效的 JSON Feed。',
  errorUnknown: '发生了意外错误。',
  itemsSkipped: '有 {n} 篇文章无法读取，未显示：{reasons}',
  by: '作者：{names}',
  tableOfContents: '目录',
  copyLink: '复制本节链接',
  linkCopied: '链接已复制',
  expandAll: '全部展开',
  collapseAll: '全部折叠',
  newer: '较新',
  older: '较早',
  tags: '标签',
  subcategories: '“{name}”的子分类',
  allArticlesCount: '{n} 篇文章',
  moreArticles: '更多文章',
  linkCopyFailed: '无法复制链接',
  imageUnavailable: '图片无法显示',
  showMore: '再显示 {n} 条',
  attachments: '附件',
  minutes: '{n} 分钟',
  keyboardShortcuts: '键盘快捷键',
  close: '关闭',
  keysEverywhere: '全局',
  keysList: '文章列表',
  keysArticle: '文章',
  keyShowShortcuts: '显示快捷键列表',
  keySearch: '搜索',
  keyClose: '关闭对话框或面板',
  keyNextRow: '列表中的下一篇',
  keyPreviousRow: '列表中的上一篇',
  keyCategories: '转到分类',
  keyNextArticle: '下一篇文章',
  keyPreviousArticle: '上一篇文章',
  keyToc: '打开目录',
  keyThen: '然后',
  openImage: '打开图片：{name}',
  openImageUnnamed: '打开图片',
  imageDialog: '图片',
  categoryMissing: '没有“{name}”这个分类。',
};

export type Locale = 'en' | 'zh';

export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export function translator(locale: Locale) {
  const messages: Messages = locale === 'zh' ? zh : en;
  return (key: MessageKey, vars: Record<string, string | number> = {}): string =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** The reader's interface language, fixed for the page's lifetime. */
export const locale: Locale = pickLocale(globalThis.navigator?.languages ?? []);
export const t = translator(locale);
/** The BCP 47 tag of the interface language, for `lang` and `Intl`. */
export const languageTag = locale === 'zh' ? 'zh-CN' : 'en';
