// The interface strings of read marks, resume and their controls, in the
// reader's language (src/lib/i18n.ts picks it), kept beside the feature.
import { locale } from '../lib/i18n';

const en = {
  read: 'Read',
  unreadOnly: 'Unread only',
  markAllRead: 'Mark all as read',
  markedAllRead: 'Marked {n} articles as read',
  noUnread: 'No unread articles here.',
  loadingUnread: 'Finding the unread articles…',
} as const;

type Key = keyof typeof en;

const zh: Record<Key, string> = {
  read: '已读',
  unreadOnly: '只看未读',
  markAllRead: '全部标为已读',
  markedAllRead: '已将 {n} 篇文章标为已读',
  noUnread: '这里没有未读文章。',
  loadingUnread: '正在查找未读文章…',
};

export function readingText(key: Key, vars: Record<string, number> = {}): string {
  const text = locale === 'zh' ? zh[key] : en[key];
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
